namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>One value of a listed facet with how many results have it.</summary>
public sealed record ShownFacetValue(string Value, int Count);
