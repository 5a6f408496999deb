namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record InterpreterResponse(string Id, string Name, IReadOnlyList<string> Languages);
