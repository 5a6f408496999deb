namespace SpecialtyTowns.Gateway.Api.ExpoRuns;

/// <summary>A meeting of a draft's review: "unscheduled", "moved", "dropped" or "removed", with its reason.</summary>
public sealed record DraftMeetingResponse(Guid MeetingId, IReadOnlyList<string> PartyNames, string Change, string Reason, DraftPlaceResponse? From, DraftPlaceResponse? To);
