using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Setup;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>An event's whole set-up as its organizer sees it; PlacedMeetings counts meetings per slot.</summary>
public sealed record EventSetupView(
    ExpoEvent Event,
    IReadOnlyList<Hall> Halls,
    IReadOnlyList<ExpoTable> Tables,
    IReadOnlyList<ExpoSession> Sessions,
    IReadOnlyList<Slot> Slots,
    IReadOnlyList<Interpreter> Interpreters,
    IReadOnlyDictionary<Guid, int> PlacedMeetings,
    int ParticipantsPending,
    int ParticipantsApproved);
