namespace SpecialtyTowns.Expo.Domain.Bookings;

/// <summary>A place to try: a slot, a table and, when the meeting needs one, an interpreter.</summary>
public sealed record BookingCandidate(Guid SlotId, Guid TableId, Guid? InterpreterId);
