using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The offers as the scorer reads them, from the directory rows: one place for the full build and
/// the incremental one, so both give the same offer for the same rows.
/// </summary>
internal static class MatchOfferFactory
{
    public static MatchOffer Project(ProjectEntry p, TownDirectoryEntry? town, SparseVector text)
    {
        var (min, max) = (Math.Min(p.AmountMinFen, p.AmountMaxFen), Math.Max(p.AmountMinFen, p.AmountMaxFen));
        return new MatchOffer
        {
            Kind = OfferKind.Project,
            Id = p.ProjectId,
            TownId = p.TownId,
            Title = p.Title,
            TitleEn = p.TitleEn,
            TownName = town?.Name,
            City = town?.City,
            IndustryCodes = p.IndustryCode.Length > 0 ? [p.IndustryCode] : [],
            Ranges = max > 0 ? [(min, max)] : [],
            CooperationModes = p.CooperationModes,
            LandSquareMetres = (double)(p.LandAreaSquareMetres ?? 0),
            HasEnglish = !string.IsNullOrWhiteSpace(p.TitleEn) || !string.IsNullOrWhiteSpace(p.DescriptionEn),
            AmountMinFen = p.AmountMinFen,
            AmountMaxFen = p.AmountMaxFen,
            Text = text,
        };
    }

    public static MatchOffer Gap(GapEntry g, TownDirectoryEntry? town, ChainNodeEntry? node, SparseVector text)
    {
        var live = node is { Removed: false };
        return new MatchOffer
        {
            Kind = OfferKind.Gap,
            Id = g.GapId,
            TownId = g.TownId,
            Title = g.Title,
            TitleEn = g.TitleEn,
            TownName = town?.Name,
            City = town?.City,
            IndustryCodes = g.IndustryCode is { Length: > 0 } code ? [code] : [],
            PositionMask = live ? MatchKeys.PositionMask([node!.Position]) : 0,
            NodeNames = live ? [node!.Name] : [],
            HasEnglish = !string.IsNullOrWhiteSpace(g.TitleEn),
            EnterpriseId = g.EnterpriseId,
            Text = text,
        };
    }

    /// <summary>A town as the union of its open offers (at least one); every part is independent of the offers' order.</summary>
    public static MatchOffer Town(TownDirectoryEntry town, IReadOnlyList<MatchOffer> offers, SparseVector text) => new()
    {
        Kind = OfferKind.Town,
        Id = town.TownId,
        TownId = town.TownId,
        Title = town.Name,
        TownName = town.Name,
        City = town.City,
        IndustryCodes = offers.SelectMany(o => o.IndustryCodes).Distinct().Order(StringComparer.Ordinal).ToList(),
        PositionMask = offers.Aggregate(0, (mask, o) => mask | o.PositionMask),
        NodeNames = offers.SelectMany(o => o.NodeNames).Distinct().Order(StringComparer.Ordinal).ToList(),
        Ranges = Merge(offers.SelectMany(o => o.Ranges)),
        CooperationModes = offers.SelectMany(o => o.CooperationModes).Distinct().Order(StringComparer.Ordinal).ToList(),
        LandSquareMetres = offers.Max(o => o.LandSquareMetres),
        HasEnglish = offers.Any(o => o.HasEnglish),
        Text = text,
    };

    private static List<(long Min, long Max)> Merge(IEnumerable<(long Min, long Max)> ranges)
    {
        var merged = new List<(long Min, long Max)>();
        foreach (var r in ranges.OrderBy(r => r.Min).ThenBy(r => r.Max))
        {
            if (merged.Count > 0 && r.Min <= merged[^1].Max)
            {
                merged[^1] = (merged[^1].Min, Math.Max(merged[^1].Max, r.Max));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }
}
