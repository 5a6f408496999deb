using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain.Bookings;

/// <summary>
/// The rules a booking checks itself, before the database checks the collisions: who may move a
/// meeting, seats, the interpreter's language, availability and meeting limits. "The first free
/// place" (earliest slot, then the smallest table that fits, so big tables stay free for
/// delegations) is a query over the occupancy: Application/Bookings/FreePlaces.
/// </summary>
public static class BookingRules
{
    /// <exception cref="BusinessRuleException">The meeting is cancelled, or placed by the organizer's schedule and locked while the caller is a party.</exception>
    public static void EnsureMayPlace(Meeting meeting, bool byOrganizer)
    {
        if (meeting.IsClosed)
        {
            throw new BusinessRuleException("meeting-cancelled", "A cancelled meeting cannot be booked or unbooked");
        }

        // Bookings are locked too (a schedule run keeps them), but their parties may still change them.
        if (meeting.IsPlaced && meeting.Locked && meeting.PlacedBy != "booking" && !byOrganizer)
        {
            throw new BusinessRuleException("meeting-locked", "The organizer locked this meeting's place; only the organizer can move or unbook it");
        }
    }

    /// <exception cref="InvalidValueException">The table has fewer seats than the parties take.</exception>
    public static void EnsureFits(ExpoTable table, int seats)
    {
        if (table.Seats < seats)
        {
            throw new InvalidValueException("table_id", $"table {table.Label} has {table.Seats} seats; the parties take {seats}");
        }
    }

    /// <exception cref="InvalidValueException">The meeting needs no interpreter, or this one does not speak its language.</exception>
    public static void EnsureSpeaks(Interpreter interpreter, string? language)
    {
        if (language is null)
        {
            throw new InvalidValueException("interpreter_id", "this meeting needs no interpreter");
        }

        if (!interpreter.Languages.Contains(language))
        {
            throw new InvalidValueException("interpreter_id", $"{interpreter.Name} does not interpret '{language}'");
        }
    }

    /// <exception cref="BusinessRuleException">A party said it cannot meet in that slot.</exception>
    public static void EnsureAvailable(Guid slotId, IReadOnlySet<Guid> unavailableSlots)
    {
        if (unavailableSlots.Contains(slotId))
        {
            throw new BusinessRuleException("participant-unavailable", "A party is not available in that slot");
        }
    }

    /// <exception cref="BusinessRuleException">The party already has as many placed meetings as its limit allows.</exception>
    public static void EnsureWithinLimit(string participantName, int? limit, int placedElsewhere)
    {
        if (limit is { } max && placedElsewhere >= max)
        {
            throw new BusinessRuleException("meeting-limit", $"{participantName} already has {placedElsewhere} meetings booked, its limit is {max}");
        }
    }
}
