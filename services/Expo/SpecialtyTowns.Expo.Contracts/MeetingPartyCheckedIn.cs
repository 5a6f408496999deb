using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A party of a meeting checked in at its table (by itself or the organizer), once; a provisional no-show it had was cleared.</summary>
[MessageUrn("specialtytowns:expo:meeting-party-checked-in:v1")]
[EntityName("specialtytowns.expo.meeting-party-checked-in.v1")]
public sealed record MeetingPartyCheckedIn(Guid EventId, Guid MeetingId, Guid ParticipantId, string CheckedInBy, DateTimeOffset CheckedInAt, bool NoShowCleared);
