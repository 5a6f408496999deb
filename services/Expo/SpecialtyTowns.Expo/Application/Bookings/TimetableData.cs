using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>The placed meetings a caller may see, with the slots, tables, halls, parties and interpreters they name.</summary>
public sealed record TimetableData(
    Guid EventId,
    string TimeZone,
    IReadOnlyList<Slot> Slots,
    IReadOnlyList<ExpoTable> Tables,
    IReadOnlyList<Hall> Halls,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Interpreter> Interpreters,
    IReadOnlyList<Meeting> Meetings);
