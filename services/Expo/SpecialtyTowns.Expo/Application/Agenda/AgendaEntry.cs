using SpecialtyTowns.Expo.Domain.Participants;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// One meeting on a participant's agenda, where it is (or, cancelled, unplaced or a no-show, where
/// it last was): the instants in UTC, the table and hall, and the other parties.
/// </summary>
public sealed record AgendaEntry(
    Guid MeetingId,
    string Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TableLabel,
    string HallName,
    string? HallNameEn,
    string? Zone,
    IReadOnlyList<Participant> Others,
    Guid? ProjectId,
    Guid? GapId,
    int Sequence,
    DateTimeOffset ChangedAt);
