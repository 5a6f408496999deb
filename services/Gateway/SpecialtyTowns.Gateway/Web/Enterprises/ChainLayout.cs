using SpecialtyTowns.Enterprises.V1;

namespace SpecialtyTowns.Gateway.Web.Enterprises;

/// <summary>
/// How the chain map lays out a town's nodes: one block per chain (a town may have several), each
/// with the three positions upstream, midstream, downstream in that order, nodes by their sort order.
/// </summary>
public static class ChainLayout
{
    public static readonly IReadOnlyList<string> Positions = ["upstream", "midstream", "downstream"];

    public static readonly IReadOnlyList<string> Statuses = ["complete", "weak", "missing", "broken"];

    /// <summary>The chains in the order of their first node (by sort order).</summary>
    public static IReadOnlyList<ChainBlock> Group(IEnumerable<ChainNode> nodes) =>
    [
        .. nodes
            .OrderBy(n => n.Content.SortOrder)
            .ThenBy(n => n.Content.Name, StringComparer.Ordinal)
            .GroupBy(n => n.Content.Chain, StringComparer.Ordinal)
            .Select(chain => new ChainBlock(
                chain.Key,
                chain.Select(n => n.Content.ChainEn).FirstOrDefault(e => !string.IsNullOrEmpty(e)) ?? string.Empty,
                [.. Positions.Select(position => new ChainColumn(position, [.. chain.Where(n => ColumnOf(n) == position)]))])),
    ];

    /// <summary>Upstream 0, midstream 1, downstream 2; an unknown position after them.</summary>
    public static int PositionRank(string position) => Positions.Contains(position) ? Positions.ToList().IndexOf(position) : Positions.Count;

    // An unknown position (a newer service) shows in midstream rather than disappearing from the map.
    private static string ColumnOf(ChainNode node) => Positions.Contains(node.Content.Position) ? node.Content.Position : "midstream";
}
