namespace SpecialtyTowns.Search;

public sealed record FacetValue(string Value, int Count);
