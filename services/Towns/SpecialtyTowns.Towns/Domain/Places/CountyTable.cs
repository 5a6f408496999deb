namespace SpecialtyTowns.Towns.Domain.Places;

/// <summary>The shape of <c>shanxi-counties.json</c>.</summary>
public sealed record CountyTable(IReadOnlyList<CountyTableCity> Cities);
