namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>The Lucene fields of <see cref="EnterprisesSearchSchema"/>.</summary>
public static class EnterprisesSearchFields
{
    public const string Kind = "kind";
    public const string TownId = "town_id";
    public const string TownName = "town_name";
    public const string City = "city";
    public const string Industry = "industry_code";
    public const string ChainPositions = "chain_positions";
    public const string Status = "status";
    public const string Leading = "is_leading";

    public const string TitleZh = "title_zh";
    public const string KeywordsZh = "keywords_zh";
    public const string TextZh = "text_zh";

    /// <summary>Town name and city, so a place name finds what is there.</summary>
    public const string PlaceZh = "place_zh";

    /// <summary>The industry's name (Chinese and English), so "forging" finds a C33 enterprise that says only 法兰.</summary>
    public const string IndustryZh = "industry_zh";

    public const string TitleEn = "title_en";
    public const string KeywordsEn = "keywords_en";
    public const string TextEn = "text_en";
    public const string IndustryEn = "industry_en";

    public const string UpdatedAt = "updated_at";

    /// <summary>The title's first three characters as a number, negated so that the engine's descending sort is ascending.</summary>
    public const string NameKey = "name_key";
}
