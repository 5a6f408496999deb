namespace SpecialtyTowns.Towns.Application.Search;

public static class SearchKinds
{
    public const string Town = "town";
    public const string Project = "project";

    public static IReadOnlyList<string> All { get; } = [Town, Project];
}
