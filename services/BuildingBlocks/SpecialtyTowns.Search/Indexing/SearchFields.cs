namespace SpecialtyTowns.Search.Indexing;

/// <summary>The Lucene fields the engine keeps for itself; a schema may not use these names or prefixes.</summary>
internal static class SearchFields
{
    /// <summary>Indexed for delete-by-id, stored, and sorted docvalues for the final tie-break.</summary>
    public const string Id = "id";

    /// <summary>The suggestion strings for finding them (Chinese analysis, English words unstemmed).</summary>
    public const string Suggest = "suggest";

    /// <summary>The same strings as docvalues, each prefixed with its source: what suggestions are counted from.</summary>
    public const string SuggestValues = "suggest_values";

    public const string FacetPrefix = "facet_";

    public const string FilterPrefix = "filter_";

    public static string Facet(string facetName) => FacetPrefix + facetName;

    /// <summary>Every ancestor of a hierarchical facet's values, for filtering.</summary>
    public static string Filter(string facetName) => FilterPrefix + facetName;

    public static bool IsReserved(string name) =>
        name is Id or Suggest or SuggestValues
        || name.StartsWith(FacetPrefix, StringComparison.Ordinal)
        || name.StartsWith(FilterPrefix, StringComparison.Ordinal);
}
