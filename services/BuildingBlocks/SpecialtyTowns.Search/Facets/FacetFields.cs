using SpecialtyTowns.Search.Indexing;

namespace SpecialtyTowns.Search.Facets;

/// <summary>The docvalues fields of one facet, which is all that counting and filtering need to know of it.</summary>
internal sealed record FacetFields(string Name, bool Hierarchical)
{
    public string FacetField { get; } = SearchFields.Facet(Name);

    public string FilterField { get; } = Hierarchical ? SearchFields.Filter(Name) : SearchFields.Facet(Name);

    public bool FiltersOnFacetField => !Hierarchical;
}
