namespace SpecialtyTowns.Search;

/// <summary>
/// One page of results. Each facet counts the documents that match the text and every filter
/// except that facet's own (drill-sideways), most frequent value first.
/// </summary>
public sealed record SearchResult(
    IReadOnlyList<SearchHit> Items,
    int Total,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>
    /// False when the search fell back to partial matches (see <see cref="SearchQuery.PartialMatchThreshold"/>):
    /// the results, their total and the facets then cover the documents that match any word of the text, and each
    /// hit's <see cref="SearchHit.MatchedWords"/> says how many it matches. True otherwise, also without text.
    /// </summary>
    public bool MatchedAllWords { get; init; } = true;

    /// <summary>The words of the text as the engine splits it (each Chinese run, each other word but stop words); 0 without text.</summary>
    public int TotalWords { get; init; }
}
