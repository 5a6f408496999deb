namespace SpecialtyTowns.Towns.Search.Facets;

/// <summary>
/// A facet and its filter. They share a docvalues field except where filtering is hierarchical
/// (industry: the filter field holds every ancestor code, the facet field the code itself).
/// </summary>
internal sealed record FacetDimension(
    string Name,
    string FacetField,
    string FilterField,
    Func<SearchDocument, IEnumerable<string>> FacetValues,
    Func<SearchDocument, IEnumerable<string>> FilterValues,
    Func<SearchQuery, string?> Selected)
{
    public bool FiltersOnFacetField => FacetField == FilterField;
}
