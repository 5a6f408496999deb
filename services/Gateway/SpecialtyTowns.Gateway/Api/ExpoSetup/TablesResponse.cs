namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record TablesResponse(IReadOnlyList<TableResponse> Tables);
