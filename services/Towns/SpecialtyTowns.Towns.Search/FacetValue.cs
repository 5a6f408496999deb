namespace SpecialtyTowns.Towns.Search;

public sealed record FacetValue(string Value, int Count);
