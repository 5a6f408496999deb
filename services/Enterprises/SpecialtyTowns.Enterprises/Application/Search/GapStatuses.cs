namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>The gap status keys a search filters on (as <c>GapKeys</c> writes them).</summary>
public static class GapStatuses
{
    public static IReadOnlyList<string> All { get; } = ["open", "in-talks", "filled", "withdrawn"];
}
