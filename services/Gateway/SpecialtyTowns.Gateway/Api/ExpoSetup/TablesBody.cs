namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>One or more tables (up to 500) at once.</summary>
public sealed record TablesBody(IReadOnlyList<TableBody>? Tables);
