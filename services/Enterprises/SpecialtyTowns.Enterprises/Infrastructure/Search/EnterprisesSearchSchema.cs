using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Search;
using SpecialtyTowns.SharedKernel.Industries;
using F = SpecialtyTowns.Enterprises.Infrastructure.Search.EnterprisesSearchFields;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>
/// Enterprises and chain gaps in one index. Titles weigh 3, keywords (products, capabilities; a gap's sought
/// products) 2, body and place 1, the industry's name 0.5. Only titles and keywords are highlighted and stored: long
/// bodies would cost every hit their decompression. Suggestions: enterprise names, products, gap titles.
/// </summary>
public static class EnterprisesSearchSchema
{
    /// <summary>Where the index's default folder and readiness check take their name from.</summary>
    public const string IndexName = "enterprises";

    public const string ProductSource = "product";

    public static SearchSchema<SearchDocument> Instance { get; } = new SearchSchemaBuilder<SearchDocument>(d => IdTerm(d.Id))
        .Stored(F.Kind, d => d.Kind)
        .Stored(F.TownId, d => d.TownId.ToString())
        .Stored(F.TownName, d => d.TownName)
        .Stored(F.City, d => d.City)
        .Stored(F.Industry, d => d.Industry)
        .Stored(F.ChainPositions, d => d.ChainPositions.Count == 0 ? null : string.Join(',', d.ChainPositions))
        .Stored(F.Status, d => d.Status)
        .Stored(F.Leading, d => d.Leading ? "true" : null)
        .Text(F.TitleZh, SearchLanguage.Chinese, 3f, d => [d.Title], stored: true, highlight: true)
        .Text(F.KeywordsZh, SearchLanguage.Chinese, 2f, d => [string.Join("、", d.Keywords)], stored: true, highlight: true)
        .Text(F.TextZh, SearchLanguage.Chinese, 1f, d => [d.Text])
        .Text(F.PlaceZh, SearchLanguage.Chinese, 1f, d => [d.TownName, d.City])
        .Text(F.IndustryZh, SearchLanguage.Chinese, 0.5f, d => [IndustryName(d.Industry, english: false)])
        .Text(F.TitleEn, SearchLanguage.English, 3f, d => [d.TitleEn], stored: true, highlight: true)
        .Text(F.KeywordsEn, SearchLanguage.English, 2f, d => d.Keywords)
        .Text(F.TextEn, SearchLanguage.English, 1f, d => [d.TextEn])
        .Text(F.IndustryEn, SearchLanguage.English, 0.5f, d => [IndustryName(d.Industry, english: true)])
        .Facet(SearchFacets.Kind, d => [d.Kind], SearchKinds.All)
        .Facet(SearchFacets.Industry, d => One(d.Industry), checkFilter: IndustryError, withAncestors: IndustryCodes.WithAncestors)
        .Facet(SearchFacets.TownId, d => [d.TownId.ToString()], checkFilter: TownIdError)
        .Facet(SearchFacets.City, d => One(d.City))
        .Facet(SearchFacets.ChainPosition, d => d.ChainPositions, ChainPositions.All)
        .Facet(SearchFacets.Status, d => One(d.Status), GapStatuses.All)
        .Facet(SearchFacets.Leading, d => d.Kind == SearchKinds.Enterprise ? [d.Leading ? "true" : "false"] : [], ["true", "false"])
        .Facet(SearchFacets.Active, d => d.Status is "open" or "in-talks" ? ["true"] : [], ["true"])
        .SortValue(F.UpdatedAt, d => d.UpdatedAt.ToUnixTimeMilliseconds())
        .SortValue(F.NameKey, d => -NameKey(d.Title))
        .Sort(SearchSorts.Relevance, SortKey.Score, SortKey.DescendingBy(F.UpdatedAt))
        .Sort(SearchSorts.Newest, SortKey.DescendingBy(F.UpdatedAt))
        .Sort(SearchSorts.Name, SortKey.DescendingBy(F.NameKey))
        .Suggestions(
            d => d.Kind == SearchKinds.Enterprise
                ? [(d.Title, d.Kind), (d.TitleEn, d.Kind), .. d.Products.Select(p => ((string?)p, ProductSource))]
                : [(d.Title, d.Kind), (d.TitleEn, d.Kind)],
            SearchKinds.Enterprise,
            ProductSource)
        .Validate(SearchDocumentRules.Validate)
        .Build();

    public static string IdTerm(Guid id) => id.ToString("N");

    /// <summary>The first three UTF-16 units as one number, in their code order.</summary>
    public static long NameKey(string title)
    {
        long key = 0;
        for (var i = 0; i < 3; i++)
        {
            key = (key << 16) + (i < title.Length ? title[i] : 0);
        }

        return key;
    }

    private static IEnumerable<string> One(string? value) => value is null ? [] : [value];

    private static string? IndustryName(string? code, bool english) =>
        code is not null && IndustryTaxonomy.IsKnown(code) ? IndustryTaxonomy.NameOf(code, english) : null;

    private static string? IndustryError(string code) =>
        IndustryCodes.IsValid(code) ? null : $"Industry '{code}' is not a GB/T 4754 code.";

    private static string? TownIdError(string value) =>
        Guid.TryParse(value, out _) ? null : $"Town id '{value}' is not a UUID.";
}
