using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>A meeting was booked into a slot at a table (or moved there by a booking); <c>BookedBy</c> is the acting account's subject.</summary>
[MessageUrn("specialtytowns:expo:meeting-booked:v1")]
[EntityName("specialtytowns.expo.meeting-booked.v1")]
public sealed record MeetingBooked(
    Guid EventId,
    Guid MeetingId,
    Guid SlotId,
    Guid TableId,
    Guid? InterpreterId,
    IReadOnlyList<Guid> ParticipantIds,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid? PreviousSlotId,
    string BookedBy);
