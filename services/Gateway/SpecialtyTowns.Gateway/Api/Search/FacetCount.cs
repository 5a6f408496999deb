namespace SpecialtyTowns.Gateway.Api.Search;

public sealed record FacetCount(string Value, int Count);
