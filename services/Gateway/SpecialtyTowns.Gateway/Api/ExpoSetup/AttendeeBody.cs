namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A person the participant brings; in a town delegation enterpriseId names the enterprise the person represents.</summary>
public sealed record AttendeeBody(string? Id, string? Name, string? Title, string? EnterpriseId, IReadOnlyList<string>? Languages);
