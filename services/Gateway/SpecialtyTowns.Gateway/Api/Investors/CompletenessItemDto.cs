namespace SpecialtyTowns.Gateway.Api.Investors;

/// <summary>A profile field (its JSON name) still empty, and the completeness points it would add.</summary>
public sealed record CompletenessItemDto(string Field, int Points);
