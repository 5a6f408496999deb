using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>What the index holds of an enterprise and of a gap (withdrawn gaps never: only their poster may see them).</summary>
public static class SearchDocuments
{
    public static SearchDocument Of(Enterprise enterprise, TownPlace? town, IEnumerable<ChainNode> townNodes) => new()
    {
        Id = enterprise.Id,
        Kind = SearchKinds.Enterprise,
        Title = enterprise.Name,
        TitleEn = enterprise.NameEn,
        Products = enterprise.Products,
        Keywords = [.. enterprise.Products, .. enterprise.Certifications, .. enterprise.Equipment, .. enterprise.Capacities.Select(c => c.Product)],
        Text = enterprise.Description,
        TextEn = enterprise.DescriptionEn,
        TownId = enterprise.TownId,
        TownName = town?.Name ?? string.Empty,
        City = town?.City,
        Industry = Blank(enterprise.IndustryCode),
        ChainPositions = [.. townNodes.Where(n => n.EnterpriseIds.Contains(enterprise.Id)).Select(n => PositionKey(n.Position)).Distinct().Order(StringComparer.Ordinal)],
        Leading = enterprise.Leading,
        UpdatedAt = enterprise.UpdatedAt,
    };

    public static SearchDocument? Of(ChainGap gap, ChainNode? node, TownPlace? town) => gap.Status == GapStatus.Withdrawn ? null : new()
    {
        Id = gap.Id,
        Kind = SearchKinds.Gap,
        Title = gap.Title,
        TitleEn = gap.TitleEn,
        Keywords = [.. gap.Keywords, .. KindWords(gap.Kind), .. node is null ? [] : new[] { node.Name, node.NameEn }.OfType<string>(), .. node?.Products ?? []],
        Text = string.Join('\n', new[] { gap.Description, gap.Specification }.Where(t => !string.IsNullOrWhiteSpace(t))),
        TextEn = gap.DescriptionEn,
        TownId = gap.TownId,
        TownName = town?.Name ?? string.Empty,
        City = town?.City,
        Industry = Blank(gap.IndustryCode),
        ChainPositions = node is null ? [] : [PositionKey(node.Position)],
        Status = GapKeys.Of(gap.Status),
        UpdatedAt = gap.UpdatedAt,
    };

    public static TownPlace Place(TownEntry town) => new(town.Name, town.City, town.AsOf);

    public static string PositionKey(ChainPosition position) => position switch
    {
        ChainPosition.Upstream => ChainPositions.Upstream,
        ChainPosition.Midstream => ChainPositions.Midstream,
        _ => ChainPositions.Downstream,
    };

    private static string[] KindWords(GapKind kind) => kind switch
    {
        GapKind.Product => ["产品", "product"],
        GapKind.Process => ["工艺", "process"],
        _ => ["服务", "service"],
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
