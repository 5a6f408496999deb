namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>A facet as a search page lists it, whichever service counted it.</summary>
public sealed record ShownFacet(string Name, IReadOnlyList<ShownFacetValue> Values);
