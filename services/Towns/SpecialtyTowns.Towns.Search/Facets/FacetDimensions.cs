using SpecialtyTowns.Towns.Search.Indexing;

namespace SpecialtyTowns.Towns.Search.Facets;

internal static class FacetDimensions
{
    public static IReadOnlyList<FacetDimension> All { get; } =
    [
        Simple(SearchFacets.Kind, d => One(d.Kind), q => q.Kind),
        new(
            SearchFacets.Industry,
            SearchFields.Facet(SearchFacets.Industry),
            SearchFields.IndustryFilter,
            d => One(d.Industry),
            d => d.Industry is null ? [] : IndustryCodes.WithAncestors(d.Industry),
            q => q.Industry),
        Simple(SearchFacets.City, d => One(d.City), q => q.City),
        Simple(SearchFacets.County, d => One(d.County), q => q.County),
        Simple(SearchFacets.Level, d => One(d.Level), q => q.Level),
        Simple(SearchFacets.Category, d => One(d.Category), q => q.Category),
        Simple(SearchFacets.AmountBand, d => One(AmountBands.Of(d.AmountMinFen, d.AmountMaxFen)), q => q.AmountBand),
        Simple(SearchFacets.CooperationMode, d => d.CooperationModes, q => q.CooperationMode),
        Simple(SearchFacets.Status, d => One(d.Status), q => q.Status),
    ];

    private static FacetDimension Simple(string name, Func<SearchDocument, IEnumerable<string>> values, Func<SearchQuery, string?> selected)
    {
        var field = SearchFields.Facet(name);
        return new FacetDimension(name, field, field, values, values, selected);
    }

    private static IEnumerable<string> One(string? value) => value is null ? [] : [value];
}
