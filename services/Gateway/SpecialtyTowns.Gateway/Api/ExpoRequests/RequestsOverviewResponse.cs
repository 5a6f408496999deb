namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>The organizer's overview: counts by status, every request (newest first), approved participants with no meeting yet.</summary>
public sealed record RequestsOverviewResponse(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<MeetingRequestResponse> Requests, IReadOnlyList<ParticipantSummaryResponse> WithoutMeetings);
