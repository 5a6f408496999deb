namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>The chain position keys a search filters on.</summary>
public static class ChainPositions
{
    public const string Upstream = "upstream";
    public const string Midstream = "midstream";
    public const string Downstream = "downstream";

    public static IReadOnlyList<string> All { get; } = [Upstream, Midstream, Downstream];
}
