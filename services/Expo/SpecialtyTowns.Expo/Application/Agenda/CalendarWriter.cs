using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using SpecialtyTowns.Expo.Domain.Meetings;

namespace SpecialtyTowns.Expo.Application.Agenda;

/// <summary>
/// Writes a participant's agenda as an iCalendar feed (RFC 5545, with Ical.Net): times in the
/// event's zone with its VTIMEZONE, one VEVENT per meeting whose UID never changes, SEQUENCE from
/// the meeting's calendar sequence, cancelled and no-show meetings kept as STATUS:CANCELLED, and
/// a refresh interval for subscribers. Nothing in it depends on the clock (DTSTAMP is the last
/// change), so the same agenda gives the same bytes and the same ETag.
/// </summary>
public sealed class CalendarWriter
{
    /// <summary>How often subscribers should fetch the feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(15);

    public CalendarDocument Write(AgendaData agenda, string? publicBaseUrl)
    {
        var zone = agenda.Event.TimeZone;
        var calendar = new Calendar { ProductId = "-//SpecialtyTowns//Expo agenda//ZH", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"{agenda.Event.Name} · {agenda.Participant.Name}");
        calendar.AddProperty("X-WR-TIMEZONE", zone);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT15M");
        refresh.Parameters.Add(new CalendarParameter("VALUE", "DURATION"));
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT15M");
        if (agenda.Entries.Count > 0)
        {
            calendar.AddTimeZone(zone, agenda.Entries.Min(e => e.StartsAt).UtcDateTime.AddDays(-1), includeHistoricalData: false);
        }

        foreach (var entry in agenda.Entries)
        {
            calendar.Events.Add(ToEvent(entry, agenda, zone, publicBaseUrl));
        }

        var ics = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ics)))[..32] + "\"";
        return new CalendarDocument(ics, etag);
    }

    public static string Uid(Guid meetingId) => $"{meetingId}@specialtytowns";

    private static CalendarEvent ToEvent(AgendaEntry entry, AgendaData agenda, string zone, string? publicBaseUrl)
    {
        var cancelled = entry.Status is MeetingStatuses.Cancelled or MeetingStatuses.NoShow or MeetingStatuses.Unscheduled;
        var with = string.Join("、", entry.Others.Select(p => p.NameEn is null ? p.Name : $"{p.Name} ({p.NameEn})"));
        var stamp = new CalDateTime(entry.ChangedAt.UtcDateTime, "UTC", true);
        return new CalendarEvent
        {
            Uid = Uid(entry.MeetingId),
            Sequence = entry.Sequence,
            DtStamp = stamp,
            LastModified = stamp,
            DtStart = Local(entry.StartsAt, zone),
            DtEnd = Local(entry.EndsAt, zone),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = cancelled ? TransparencyType.Transparent : TransparencyType.Opaque,
            Summary = (cancelled ? "[已取消 Cancelled] " : string.Empty) + $"洽谈 Meeting: {with}",
            Location = string.Join(" · ", new[] { Table(entry), Hall(entry), agenda.Event.Venue }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Description = Description(entry, with, publicBaseUrl),
        };
    }

    private static CalDateTime Local(DateTimeOffset instant, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zoneId);
    }

    private static string? Table(AgendaEntry entry) => entry.TableLabel.Length == 0 ? null : $"桌 Table {entry.TableLabel}" + (entry.Zone is null ? string.Empty : $" ({entry.Zone})");

    private static string? Hall(AgendaEntry entry) => entry.HallName.Length == 0 ? null : entry.HallNameEn is null ? entry.HallName : $"{entry.HallName} {entry.HallNameEn}";

    private static string Description(AgendaEntry entry, string with, string? publicBaseUrl)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"洽谈对象 With: {with}");
        foreach (var other in entry.Others)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {other.Name} ({other.Kind})");
        }

        var baseUrl = publicBaseUrl?.TrimEnd('/') ?? string.Empty;
        if (entry.ProjectId is { } project)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n项目 Project: {baseUrl}/projects/{project}");
        }

        if (entry.GapId is { } gap)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n缺口 Supply-chain gap: {baseUrl}/gaps/{gap}");
        }

        if (entry.Status != MeetingStatuses.Scheduled)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n状态 Status: {entry.Status}");
        }

        return text.ToString();
    }
}
