using SpecialtyTowns.Expo.Domain.Participants;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>The organizer's view of an event's requests: counts by status, the requests, who has no meeting yet.</summary>
public sealed record RequestsOverview(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<RequestView> Requests, IReadOnlyList<Participant> WithoutMeetings);
