namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>Result orders; each ends with the document id, so equal keys page stably.</summary>
public static class SearchSorts
{
    /// <summary>Best score first, then latest change; without text simply the latest change first.</summary>
    public const string Relevance = "relevance";

    /// <summary>Latest change first.</summary>
    public const string Newest = "newest";

    /// <summary>By name (an enterprise's) or title (a gap's), in character code order of the first three characters.</summary>
    public const string Name = "name";

    public static IReadOnlyList<string> All { get; } = [Relevance, Newest, Name];
}
