using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Domain.Calendar;
using SpecialtyTowns.Expo.Domain.Participants;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>A participant's meetings of one event, in time order, with its live calendar feed (if any).</summary>
public sealed record AgendaData(
    ExpoEvent Event,
    Participant Participant,
    IReadOnlyList<AgendaEntry> Entries,
    CalendarFeed? Feed);
