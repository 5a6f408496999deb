namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record ParticipantListResponse(IReadOnlyList<ParticipantResponse> Participants);
