namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>Where a meeting stands after a booking change (stored as the idempotent result, so plain values only).</summary>
public sealed record MeetingPlacement(
    Guid MeetingId,
    Guid EventId,
    string Status,
    Guid? SlotId,
    Guid? TableId,
    Guid? InterpreterId,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? TableLabel,
    IReadOnlyList<Guid> ParticipantIds,
    string? PlacedBy,
    bool Locked);
