namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record AttendeeResponse(string Id, string Name, string? Title, string? EnterpriseId, IReadOnlyList<string> Languages);
