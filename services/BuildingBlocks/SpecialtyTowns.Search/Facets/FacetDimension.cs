namespace SpecialtyTowns.Search.Facets;

/// <summary>
/// A facet and its filter. They share a docvalues field except where filtering is hierarchical
/// (a code filter whose field holds every ancestor, the facet field the code itself).
/// </summary>
internal sealed record FacetDimension<TDocument>(
    FacetFields Fields,
    Func<TDocument, IEnumerable<string>> FacetValues,
    Func<TDocument, IEnumerable<string>> FilterValues,
    IReadOnlyList<string>? Vocabulary,
    Func<string, string?>? CheckFilter)
{
    public string Name => Fields.Name;
}
