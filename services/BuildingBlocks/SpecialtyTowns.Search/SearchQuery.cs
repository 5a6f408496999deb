namespace SpecialtyTowns.Search;

/// <summary>
/// A search request. Every filter is optional and all given filters must hold. Text is Chinese,
/// English or mixed: each Chinese run and each English word must match somewhere in the
/// document; see <c>TextQueryBuilder</c> for the exact rule. When too few documents match every
/// word, the search falls back to partial matches (<see cref="PartialMatchThreshold"/>).
/// </summary>
public sealed record SearchQuery
{
    public const int MaxPageSize = 100;

    /// <summary>Deepest result reachable by paging, as in most search engines; narrow the query to go further.</summary>
    public const int MaxResultWindow = 10_000;

    public const int MaxTextLength = 200;

    /// <summary>Longest filter value.</summary>
    public const int MaxFilterLength = 200;

    public string? Text { get; init; }

    /// <summary>
    /// Facet name to the value the results must have. A facet with a vocabulary or a rule rejects other values;
    /// on an open facet an unknown value is a valid filter that matches nothing.
    /// </summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    /// <summary>A sort the schema declares; null for its first.</summary>
    public string? Sort { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>
    /// When fewer documents than this match every word of the text (and every filter), the search falls back to
    /// the documents that match any word, ranked by how many they match (Typesense's drop_tokens_threshold). The
    /// default 1 falls back only when nothing matches every word; 0 never falls back.
    /// </summary>
    public int PartialMatchThreshold { get; init; } = 1;
}
