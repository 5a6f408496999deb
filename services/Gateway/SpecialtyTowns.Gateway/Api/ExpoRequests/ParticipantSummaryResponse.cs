namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record ParticipantSummaryResponse(string Id, string Kind, string Name, string? NameEn, IReadOnlyList<string> Languages);
