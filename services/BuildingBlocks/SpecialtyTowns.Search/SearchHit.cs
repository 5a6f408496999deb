namespace SpecialtyTowns.Search;

/// <summary>
/// One result. <see cref="Fields"/> holds the stored fields and the first value of each stored text field, by
/// field name. <see cref="Highlight"/> is HTML: text escaped, matched terms in &lt;em&gt;; null when the query has
/// no text or the text matched only outside the highlighted fields.
/// </summary>
public sealed record SearchHit(string Id, float Score, string? Highlight, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>How many of the text's words the document matches: all of them (<see cref="SearchResult.TotalWords"/>) unless the search fell back to partial matches.</summary>
    public int MatchedWords { get; init; }
}
