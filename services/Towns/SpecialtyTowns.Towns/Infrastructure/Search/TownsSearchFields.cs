using SpecialtyTowns.Towns.Application.Search;
namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>The Lucene fields of <see cref="TownsSearchSchema"/>. Text fields come in a Chinese and an English analysis.</summary>
public static class TownsSearchFields
{
    public const string Kind = "kind";
    public const string TownId = "town_id";
    public const string TownName = "town_name";

    /// <summary>Stored for the hit (a search result shows its amount and status without loading the project).</summary>
    public const string AmountMinFen = "amount_min_fen";
    public const string AmountMaxFen = "amount_max_fen";
    public const string Status = "status";

    public const string TitleZh = "title_zh";
    public const string KeywordsZh = "keywords_zh";
    public const string TextZh = "text_zh";

    /// <summary>Town name, city and county, so a place name finds the projects there.</summary>
    public const string PlaceZh = "place_zh";

    public const string TitleEn = "title_en";
    public const string KeywordsEn = "keywords_en";
    public const string TextEn = "text_en";

    public const string PublishedAt = "published_at";

    /// <summary>Upper bound of the amount, else lower bound, else -1: what "amount" sorts on.</summary>
    public const string SortAmount = "sort_amount";
}
