using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A participant (or one of its attendees) was checked in at the venue, once; method scan, code or search.</summary>
[MessageUrn("specialtytowns:expo:participant-checked-in:v1")]
[EntityName("specialtytowns.expo.participant-checked-in.v1")]
public sealed record ParticipantCheckedIn(Guid EventId, Guid ParticipantId, Guid? AttendeeId, string Kind, string Method, string CheckedInBy, DateTimeOffset CheckedInAt);
