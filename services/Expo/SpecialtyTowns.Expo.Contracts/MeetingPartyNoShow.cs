using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// A party did not come to its meeting: "provisional" when the check-in window passed, "confirmed"
/// when its partner or the organizer confirmed it (the meeting is then a no-show and its place free).
/// </summary>
[MessageUrn("specialtytowns:expo:meeting-party-no-show:v1")]
[EntityName("specialtytowns.expo.meeting-party-no-show.v1")]
public sealed record MeetingPartyNoShow(Guid EventId, Guid MeetingId, Guid ParticipantId, string State, Guid? SlotId, DateTimeOffset At);
