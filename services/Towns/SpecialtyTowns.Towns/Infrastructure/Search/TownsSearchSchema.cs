using SpecialtyTowns.SharedKernel.Industries;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Search;
using F = SpecialtyTowns.Towns.Infrastructure.Search.TownsSearchFields;

namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>
/// Towns and projects in one index. Titles weigh 3, keywords 2, body and place 1; every facet works for both kinds,
/// as projects carry their town's place, level and category. Suggestions are titles (as their kind), town names and
/// keywords; a town's name wins over a project title of the same text, then a keyword.
/// </summary>
public static class TownsSearchSchema
{
    /// <summary>Where the index's default folder and readiness check take their name from.</summary>
    public const string IndexName = "towns";

    public const string KeywordSource = "keyword";

    public static SearchSchema<SearchDocument> Instance { get; } = new SearchSchemaBuilder<SearchDocument>(d => IdTerm(d.Id))
        .Stored(F.Kind, d => d.Kind)
        .Stored(F.TownId, d => IdTerm(d.TownId))
        .Stored(F.TownName, d => d.TownName)
        .Stored(F.AmountMinFen, d => d.AmountMinFen?.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Stored(F.AmountMaxFen, d => d.AmountMaxFen?.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Stored(F.Status, d => d.Status)
        .Text(F.TitleZh, SearchLanguage.Chinese, 3f, d => [d.Title], stored: true, highlight: true)
        .Text(F.KeywordsZh, SearchLanguage.Chinese, 2f, d => d.Keywords, stored: true)
        .Text(F.TextZh, SearchLanguage.Chinese, 1f, d => [d.Text], stored: true, highlight: true)
        .Text(F.PlaceZh, SearchLanguage.Chinese, 1f, d => [d.TownName, d.City, d.County])
        .Text(F.TitleEn, SearchLanguage.English, 3f, d => [d.TitleEn], stored: true, highlight: true)
        .Text(F.KeywordsEn, SearchLanguage.English, 2f, d => d.Keywords)
        .Text(F.TextEn, SearchLanguage.English, 1f, d => [d.TextEn], stored: true, highlight: true)
        .Facet(SearchFacets.Kind, d => One(d.Kind), SearchKinds.All)
        .Facet(SearchFacets.Industry, d => One(d.Industry), checkFilter: IndustryError, withAncestors: IndustryCodes.WithAncestors)
        .Facet(SearchFacets.City, d => One(d.City))
        .Facet(SearchFacets.County, d => One(d.County))
        .Facet(SearchFacets.Level, d => One(d.Level), TownLevels.All)
        .Facet(SearchFacets.Category, d => One(d.Category), TownCategories.All)
        .Facet(SearchFacets.AmountBand, d => One(AmountBands.Of(d.AmountMinFen, d.AmountMaxFen)), AmountBands.All)
        .Facet(SearchFacets.CooperationMode, d => d.CooperationModes)
        .Facet(SearchFacets.Status, d => One(d.Status), ProjectStatuses.All)
        .SortValue(F.PublishedAt, d => d.PublishedAt.ToUnixTimeMilliseconds())
        .SortValue(F.SortAmount, d => AmountBands.BandingAmount(d.AmountMinFen, d.AmountMaxFen), missing: -1)
        .Sort(SearchSorts.Relevance, SortKey.Score, SortKey.DescendingBy(F.PublishedAt))
        .Sort(SearchSorts.Newest, SortKey.DescendingBy(F.PublishedAt))
        .Sort(SearchSorts.Amount, SortKey.DescendingBy(F.SortAmount), SortKey.DescendingBy(F.PublishedAt))
        .Suggestions(
            d => [(d.Title, d.Kind), (d.TitleEn, d.Kind), (d.TownName, SearchKinds.Town), .. d.Keywords.Select(k => ((string?)k, KeywordSource))],
            SearchKinds.Town,
            KeywordSource)
        .Validate(SearchDocumentValidator.Validate)
        .Build();

    public static string IdTerm(Guid id) => id.ToString("N");

    private static IEnumerable<string> One(string? value) => value is null ? [] : [value];

    private static string? IndustryError(string code) =>
        IndustryCodes.IsValid(code) ? null : $"Industry '{code}' is not a GB/T 4754 code.";
}
