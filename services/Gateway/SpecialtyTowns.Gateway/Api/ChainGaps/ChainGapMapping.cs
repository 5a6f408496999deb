using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Api.Projects;
using static SpecialtyTowns.Gateway.Api.Enterprises.ProtoDecimals;

namespace SpecialtyTowns.Gateway.Api.ChainGaps;

/// <summary>JSON ↔ the ChainGaps proto; no rule: the service validates.</summary>
public static class ChainGapMapping
{
    public static ChainGapContent ToContent(ChainGapBody body)
    {
        var content = new ChainGapContent
        {
            Title = body.Title ?? string.Empty,
            TitleEn = body.TitleEn ?? string.Empty,
            ChainNodeId = body.ChainNodeId?.ToString() ?? string.Empty,
            Kind = body.Kind ?? string.Empty,
            Description = body.Description ?? string.Empty,
            DescriptionEn = body.DescriptionEn ?? string.Empty,
            Specification = body.Specification ?? string.Empty,
            YearlyVolume = ToText(body.YearlyVolume),
            VolumeUnit = body.VolumeUnit ?? string.Empty,
            AnchorBuyer = body.AnchorBuyer ?? string.Empty,
            Incentives = body.Incentives ?? string.Empty,
            Deadline = body.Deadline ?? string.Empty,
            IndustryCode = body.IndustryCode ?? string.Empty,
        };
        content.Keywords.AddRange(body.Keywords ?? []);
        return content;
    }

    public static ChainGapResponse ToResponse(ChainGap gap)
    {
        var c = gap.Content ?? new ChainGapContent();
        return new ChainGapResponse(
            gap.Id,
            gap.TownId,
            NullIfEmpty(gap.TownName),
            NullIfEmpty(gap.EnterpriseId),
            NullIfEmpty(gap.EnterpriseName),
            c.Title,
            NullIfEmpty(c.TitleEn),
            NullIfEmpty(c.ChainNodeId),
            NullIfEmpty(gap.ChainNodeName),
            NullIfEmpty(gap.ChainPosition),
            c.Kind,
            NullIfEmpty(c.Description),
            NullIfEmpty(c.DescriptionEn),
            NullIfEmpty(c.Specification),
            FromText(c.YearlyVolume),
            NullIfEmpty(c.VolumeUnit),
            NullIfEmpty(c.AnchorBuyer),
            NullIfEmpty(c.Incentives),
            NullIfEmpty(c.Deadline),
            NullIfEmpty(c.IndustryCode),
            c.Keywords.ToList(),
            gap.Status,
            gap.NextStatuses.ToList(),
            NullIfEmpty(gap.FilledByEnterpriseId),
            gap.CreatedAt?.ToDateTimeOffset() ?? default,
            gap.UpdatedAt?.ToDateTimeOffset() ?? default,
            gap.Version);
    }

    public static IReadOnlyList<HistoryEntryResponse> ToResponse(ChainGapHistory history) =>
        history.Entries.Select(e => new HistoryEntryResponse(
            e.At?.ToDateTimeOffset() ?? default, e.Actor, e.Action, NullIfEmpty(e.FromStatus), NullIfEmpty(e.ToStatus), NullIfEmpty(e.Note))).ToList();
}
