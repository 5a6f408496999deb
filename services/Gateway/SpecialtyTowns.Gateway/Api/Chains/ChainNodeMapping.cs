using SpecialtyTowns.Enterprises.V1;
using static SpecialtyTowns.Gateway.Api.Enterprises.ProtoDecimals;

namespace SpecialtyTowns.Gateway.Api.Chains;

/// <summary>JSON ↔ the Chains proto; no rule: the service validates.</summary>
public static class ChainNodeMapping
{
    public static ChainNodeContent ToContent(ChainNodeBody body)
    {
        var content = new ChainNodeContent
        {
            Chain = body.Chain ?? string.Empty,
            ChainEn = body.ChainEn ?? string.Empty,
            Position = body.Position ?? string.Empty,
            Name = body.Name ?? string.Empty,
            NameEn = body.NameEn ?? string.Empty,
            Status = body.Status ?? string.Empty,
            Evidence = body.Evidence ?? string.Empty,
            SortOrder = body.SortOrder ?? 0,
        };
        content.Products.AddRange(body.Products ?? []);
        content.EnterpriseIds.AddRange((body.EnterpriseIds ?? []).Select(id => id.ToString()));
        return content;
    }

    public static ChainNodeResponse ToResponse(ChainNode node)
    {
        var c = node.Content ?? new ChainNodeContent();
        return new ChainNodeResponse(
            node.Id,
            node.TownId,
            c.Chain,
            NullIfEmpty(c.ChainEn),
            c.Position,
            c.Name,
            NullIfEmpty(c.NameEn),
            c.Products.ToList(),
            c.Status,
            c.EnterpriseIds.ToList(),
            NullIfEmpty(c.Evidence),
            c.SortOrder,
            node.OpenGapCount,
            node.UpdatedAt?.ToDateTimeOffset(),
            node.Version);
    }
}
