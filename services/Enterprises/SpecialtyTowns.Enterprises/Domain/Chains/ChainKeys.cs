namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>The stable text keys of chain positions and node statuses used in the API and seed data.</summary>
public static class ChainKeys
{
    public static string Of(ChainPosition position) => position switch
    {
        ChainPosition.Upstream => "upstream",
        ChainPosition.Midstream => "midstream",
        ChainPosition.Downstream => "downstream",
        _ => throw new ArgumentOutOfRangeException(nameof(position), position, "Unknown chain position"),
    };

    public static string Of(ChainNodeStatus status) => status switch
    {
        ChainNodeStatus.Complete => "complete",
        ChainNodeStatus.Weak => "weak",
        ChainNodeStatus.Missing => "missing",
        ChainNodeStatus.Broken => "broken",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown chain node status"),
    };

    public static ChainPosition? ParsePosition(string? key) => key switch
    {
        "upstream" => ChainPosition.Upstream,
        "midstream" => ChainPosition.Midstream,
        "downstream" => ChainPosition.Downstream,
        _ => null,
    };

    public static ChainNodeStatus? ParseStatus(string? key) => key switch
    {
        "complete" => ChainNodeStatus.Complete,
        "weak" => ChainNodeStatus.Weak,
        "missing" => ChainNodeStatus.Missing,
        "broken" => ChainNodeStatus.Broken,
        _ => null,
    };
}
