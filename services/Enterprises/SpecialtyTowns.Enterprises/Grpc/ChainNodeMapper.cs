using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.ServiceDefaults.Validation;
using V1Content = SpecialtyTowns.Enterprises.V1.ChainNodeContent;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>Chain node messages ↔ domain; the shape is checked here, the town's enterprises in the domain.</summary>
public static class ChainNodeMapper
{
    public static void Validate(RequestValidator validator, V1Content? content, string field = "content")
    {
        if (content is null)
        {
            validator.Must(false, field, "is required");
            return;
        }

        validator
            .Required($"{field}.chain", content.Chain, ChainLimits.Chain)
            .Optional($"{field}.chain_en", content.ChainEn, ChainLimits.Chain)
            .Must(ChainKeys.ParsePosition(content.Position) is not null, $"{field}.position", "must be one of: upstream, midstream, downstream")
            .Required($"{field}.name", content.Name, ChainLimits.Name)
            .Optional($"{field}.name_en", content.NameEn, ChainLimits.Name)
            .Items($"{field}.products", content.Products, ChainLimits.Products, ChainLimits.Product)
            .Must(ChainKeys.ParseStatus(content.Status) is not null, $"{field}.status", "must be one of: complete, weak, missing, broken")
            .Must(content.EnterpriseIds.Count <= ChainLimits.Enterprises, $"{field}.enterprise_ids", $"has {content.EnterpriseIds.Count} items; at most {ChainLimits.Enterprises} are allowed")
            .Must(content.EnterpriseIds.All(id => Guid.TryParse(id, out _)), $"{field}.enterprise_ids", "must all be UUIDs")
            .Optional($"{field}.evidence", content.Evidence, ChainLimits.Evidence);
    }

    public static ChainNodeContent ToDomain(V1Content c) => new(
        c.Chain.Trim(),
        Blank(c.ChainEn),
        ChainKeys.ParsePosition(c.Position)!.Value,
        c.Name.Trim(),
        Blank(c.NameEn),
        [.. c.Products.Select(p => p.Trim()).Distinct(StringComparer.Ordinal)],
        ChainKeys.ParseStatus(c.Status)!.Value,
        [.. c.EnterpriseIds.Select(Guid.Parse).Distinct()],
        Blank(c.Evidence),
        c.SortOrder);

    public static V1.ChainNode ToMessage(ChainNode node, int openGapCount) => new()
    {
        Id = node.Id.ToString(),
        TownId = node.TownId.ToString(),
        Content = new V1Content
        {
            Chain = node.Chain,
            ChainEn = node.ChainEn ?? string.Empty,
            Position = ChainKeys.Of(node.Position),
            Name = node.Name,
            NameEn = node.NameEn ?? string.Empty,
            Products = { node.Products },
            Status = ChainKeys.Of(node.Status),
            EnterpriseIds = { node.EnterpriseIds.Select(id => id.ToString()) },
            Evidence = node.Evidence ?? string.Empty,
            SortOrder = node.SortOrder,
        },
        UpdatedAt = Timestamp.FromDateTimeOffset(node.UpdatedAt),
        Version = node.Version,
        OpenGapCount = openGapCount,
    };

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
