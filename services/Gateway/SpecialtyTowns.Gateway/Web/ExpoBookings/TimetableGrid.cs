using SpecialtyTowns.Gateway.Api.ExpoBookings;

namespace SpecialtyTowns.Gateway.Web.ExpoBookings;

/// <summary>
/// The timetable arranged for the page: a grid of slots (rows) by tables (columns) holding the meeting placed
/// there, and each participant's meetings in time order. Only tables with a meeting become columns, so a grid of
/// a big hall stays printable.
/// </summary>
public sealed class TimetableGrid(TimetableResponse timetable)
{
    private readonly Dictionary<(string Slot, string Table), TimetableMeetingResponse> _cells =
        timetable.Meetings.GroupBy(m => (m.SlotId, m.TableId)).ToDictionary(g => g.Key, g => g.First());

    private readonly Dictionary<string, TimetableParticipantResponse> _participants = timetable.Participants.ToDictionary(p => p.Id);

    private readonly Dictionary<string, TimetableSlotResponse> _slots = timetable.Slots.ToDictionary(s => s.Id);

    public TimetableResponse Timetable { get; } = timetable;

    public IReadOnlyList<TimetableTableResponse> Tables { get; } =
        [.. timetable.Tables.Where(t => timetable.Meetings.Any(m => m.TableId == t.Id)).OrderBy(t => t.Label, StringComparer.Ordinal)];

    public IReadOnlyList<TimetableSlotResponse> Slots { get; } = [.. timetable.Slots.OrderBy(s => s.StartsAt)];

    public TimetableMeetingResponse? At(string slotId, string tableId) => _cells.GetValueOrDefault((slotId, tableId));

    public string Names(TimetableMeetingResponse meeting, string? except = null) =>
        string.Join(" · ", meeting.ParticipantIds.Where(p => p != except).Select(p => _participants.TryGetValue(p, out var participant) ? participant.Name : p));

    public TimetableSlotResponse? SlotOf(TimetableMeetingResponse meeting) => _slots.GetValueOrDefault(meeting.SlotId);

    public string TableLabel(TimetableMeetingResponse meeting) => Timetable.Tables.FirstOrDefault(t => t.Id == meeting.TableId)?.Label ?? string.Empty;

    public IEnumerable<TimetableMeetingResponse> MeetingsOf(string participantId) =>
        Timetable.Meetings.Where(m => m.ParticipantIds.Contains(participantId)).OrderBy(m => SlotOf(m)?.StartsAt);
}
