namespace SpecialtyTowns.Towns.Search.Indexing;

/// <summary>Lucene field names. Text fields come in a Chinese and an English analysis.</summary>
internal static class SearchFields
{
    /// <summary>Indexed for delete-by-id, stored, and sorted docvalues for the final tie-break.</summary>
    public const string Id = "id";

    public const string Kind = "kind";
    public const string TownId = "town_id";
    public const string TownName = "town_name";

    public const string TitleZh = "title_zh";
    public const string KeywordsZh = "keywords_zh";
    public const string TextZh = "text_zh";

    /// <summary>Town name, city and county, so a place name finds the projects there.</summary>
    public const string PlaceZh = "place_zh";

    public const string TitleEn = "title_en";
    public const string KeywordsEn = "keywords_en";
    public const string TextEn = "text_en";

    /// <summary>Titles, town names and keywords for suggestions (Chinese analysis, English words unstemmed).</summary>
    public const string Suggest = "suggest";

    /// <summary>The same strings as docvalues, each prefixed with its source: what suggestions are counted from.</summary>
    public const string SuggestValues = "suggest_values";

    public const string PublishedAt = "published_at";

    /// <summary>Upper bound of the amount, else lower bound, else -1: what "amount" sorts on.</summary>
    public const string SortAmount = "sort_amount";

    /// <summary>Every GB/T ancestor of the industry code, for hierarchical filtering.</summary>
    public const string IndustryFilter = "filter_industry";

    public static IReadOnlyList<string> EnglishText { get; } = [TitleEn, KeywordsEn, TextEn];

    public static string Facet(string facetName) => "facet_" + facetName;
}
