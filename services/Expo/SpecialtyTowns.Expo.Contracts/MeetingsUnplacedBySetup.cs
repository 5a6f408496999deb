using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>
/// A change of the event's set-up (a slot moved or deleted, a participant unavailable) took
/// placed meetings out of their slot, on the organizer's or participant's explicit request;
/// Reason: slot-moved | slot-deleted | participant-unavailable | participant-withdrew.
/// </summary>
[MessageUrn("specialtytowns:expo:meetings-unplaced-by-setup:v1")]
[EntityName("specialtytowns.expo.meetings-unplaced-by-setup.v1")]
public sealed record MeetingsUnplacedBySetup(Guid EventId, IReadOnlyList<Guid> MeetingIds, string Reason);
