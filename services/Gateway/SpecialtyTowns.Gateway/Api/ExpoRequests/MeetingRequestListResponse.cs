namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>The caller's requests in an event; <c>participantId</c> is the caller's own registration.</summary>
public sealed record MeetingRequestListResponse(string ParticipantId, IReadOnlyList<MeetingRequestResponse> Items);
