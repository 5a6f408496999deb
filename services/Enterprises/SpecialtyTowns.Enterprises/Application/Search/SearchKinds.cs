namespace SpecialtyTowns.Enterprises.Application.Search;

public static class SearchKinds
{
    public const string Enterprise = "enterprise";
    public const string Gap = "gap";

    public static IReadOnlyList<string> All { get; } = [Enterprise, Gap];
}
