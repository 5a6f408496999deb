namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>
/// What one search page searches: its address, its kinds (the first is the default tab) and its filters in the order
/// the page shows them (each also the name of the service's facet), so the same query and components serve /search
/// (towns and projects) and /gaps (chain gaps and enterprises).
/// </summary>
public sealed record SearchScope(string Path, IReadOnlyList<string> Kinds, IReadOnlyList<string> FilterNames)
{
    public static readonly SearchScope TownsAndProjects = new(
        "/search",
        [SearchPageQuery.ProjectKind, SearchPageQuery.TownKind],
        ["category", "level", "city", "county", "industry", "amountBand", "cooperationMode", "status"]);

    public static readonly SearchScope GapsAndEnterprises = new(
        "/gaps",
        ["gap", "enterprise"],
        ["industry", "townId", "city", "chainPosition", "status"]);

    public string DefaultKind => Kinds[0];
}
