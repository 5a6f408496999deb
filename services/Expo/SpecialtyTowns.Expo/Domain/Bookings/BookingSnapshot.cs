using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Domain.Bookings;

/// <summary>
/// What a booking saw when it started: the event's slots, tables and interpreters, the parties'
/// seats and unavailable slots, to check what the caller chose. It never decides a collision (the
/// occupancy's unique indexes do, at the save).
/// </summary>
public sealed class BookingSnapshot
{
    public required IReadOnlyList<Slot> Slots { get; init; }

    public required IReadOnlyList<ExpoTable> Tables { get; init; }

    public required IReadOnlyList<Interpreter> Interpreters { get; init; }

    /// <summary>The seats every party together takes.</summary>
    public required int Seats { get; init; }

    /// <summary>Slots in which at least one party cannot meet.</summary>
    public required IReadOnlySet<Guid> UnavailableSlots { get; init; }
}
