namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

public sealed record RequestableParticipantsResponse(string ParticipantId, IReadOnlyList<ParticipantSummaryResponse> Items);
