namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>
/// What "the first free place" of a meeting is looked for with: its parties and seats, its
/// interpreter language, and what the caller chose (a slot, a table, an interpreter; null = open).
/// </summary>
public sealed record FreePlaceQuery(
    Guid EventId,
    Guid MeetingId,
    Guid[] PartyIds,
    int Seats,
    string? Language,
    Guid? SlotId,
    Guid? TableId,
    Guid? InterpreterId);
