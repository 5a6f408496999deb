using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>Builds the answer of a booking change from the meeting as it was saved.</summary>
public static class Placements
{
    public static MeetingPlacement Of(Meeting meeting, Slot? slot, string? tableLabel) => new(
        meeting.Id,
        meeting.EventId,
        meeting.Status,
        meeting.SlotId,
        meeting.TableId,
        meeting.InterpreterId,
        slot?.StartsAt,
        slot?.EndsAt,
        tableLabel,
        [.. meeting.PartyIds],
        meeting.PlacedBy,
        meeting.Locked);
}
