using System.Globalization;
using System.Text;

namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

/// <summary>
/// The timetable as CSV for spreadsheets: one row per meeting by table and slot, or one row per
/// participant's meeting. Times are local to the event; a leading BOM lets Excel read the Chinese
/// names; cells that a spreadsheet would run as a formula are quoted with a leading apostrophe.
/// </summary>
public static class TimetableCsv
{
    public const string ByTable = "tables";
    public const string ByParticipant = "participants";

    public static string Write(TimetableResponse timetable, string view)
    {
        var zone = Zone(timetable.TimeZone);
        var slots = timetable.Slots.ToDictionary(s => s.Id);
        var tables = timetable.Tables.ToDictionary(t => t.Id);
        var names = timetable.Participants.ToDictionary(p => p.Id, p => p.Name);
        var ordered = timetable.Meetings
            .Where(m => slots.ContainsKey(m.SlotId) && tables.ContainsKey(m.TableId))
            .OrderBy(m => slots[m.SlotId].StartsAt).ThenBy(m => tables[m.TableId].Label, StringComparer.Ordinal)
            .ToList();
        var csv = new StringBuilder("\uFEFF");
        if (view == ByParticipant)
        {
            Line(csv, "参会方 Participant", "开始 Start", "结束 End", "桌号 Table", "区域 Zone", "洽谈对象 With", "翻译 Interpreter");
            foreach (var participant in timetable.Participants)
            {
                foreach (var m in ordered.Where(m => m.ParticipantIds.Contains(participant.Id)))
                {
                    var others = m.ParticipantIds.Where(p => p != participant.Id).Select(p => names.GetValueOrDefault(p, p));
                    Line(csv, participant.Name, Local(slots[m.SlotId].StartsAt, zone), Local(slots[m.SlotId].EndsAt, zone), tables[m.TableId].Label, tables[m.TableId].Zone, string.Join("；", others), m.Interpreter);
                }
            }
        }
        else
        {
            Line(csv, "开始 Start", "结束 End", "桌号 Table", "展馆 Hall", "区域 Zone", "参会方 Participants", "翻译 Interpreter");
            foreach (var m in ordered)
            {
                var table = tables[m.TableId];
                Line(csv, Local(slots[m.SlotId].StartsAt, zone), Local(slots[m.SlotId].EndsAt, zone), table.Label, table.Hall, table.Zone, string.Join("；", m.ParticipantIds.Select(p => names.GetValueOrDefault(p, p))), m.Interpreter);
            }
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, params string?[] cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
