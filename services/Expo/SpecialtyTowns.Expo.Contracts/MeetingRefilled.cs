using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A place freed by a no-show became a new meeting (no request behind it) at the same table in the same slot.</summary>
[MessageUrn("specialtytowns:expo:meeting-refilled:v1")]
[EntityName("specialtytowns.expo.meeting-refilled.v1")]
public sealed record MeetingRefilled(Guid EventId, Guid FreedMeetingId, Guid NewMeetingId, Guid OfferId, Guid SlotId, Guid TableId, IReadOnlyList<Guid> ParticipantIds);
