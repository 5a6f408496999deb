namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record RequestPartyResponse(string ParticipantId, string Name, string Kind, string Response, string? Reason, DateTimeOffset? RespondedAt);
