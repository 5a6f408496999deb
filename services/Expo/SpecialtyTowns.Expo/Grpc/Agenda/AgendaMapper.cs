using Google.Protobuf.WellKnownTypes;
using SpecialtyTowns.Expo.Application.Agenda;
using SpecialtyTowns.Expo.V1;


namespace SpecialtyTowns.Expo.Grpc.Agenda;

/// <summary>An agenda to its proto, with wall-clock times in the event's zone and (when it differs) the viewer's.</summary>
public static class AgendaMapper
{
    public static ParticipantAgenda ToMessage(AgendaData agenda, string viewerTimeZone)
    {
        var zone = agenda.Event.TimeZone;
        var viewer = viewerTimeZone.Length > 0 && !string.Equals(viewerTimeZone, zone, StringComparison.Ordinal) ? viewerTimeZone : string.Empty;
        var message = new ParticipantAgenda
        {
            EventId = agenda.Event.Id.ToString(),
            EventName = agenda.Event.Name,
            EventNameEn = agenda.Event.NameEn ?? string.Empty,
            TimeZone = zone,
            ViewerTimeZone = viewer,
            ParticipantId = agenda.Participant.Id.ToString(),
            ParticipantName = agenda.Participant.Name,
            Venue = agenda.Event.Venue ?? string.Empty,
            Feed = agenda.Feed is { } feed ? new CalendarFeedState { Live = true, CreatedAt = Timestamp.FromDateTimeOffset(feed.CreatedAt) } : new CalendarFeedState(),
        };
        message.Meetings.AddRange(agenda.Entries.Select(e => ToMessage(e, zone, viewer)));
        return message;
    }

    private static AgendaMeeting ToMessage(AgendaEntry entry, string zone, string viewer)
    {
        var meeting = new AgendaMeeting
        {
            MeetingId = entry.MeetingId.ToString(),
            Status = entry.Status,
            StartsAt = Timestamp.FromDateTimeOffset(entry.StartsAt),
            EndsAt = Timestamp.FromDateTimeOffset(entry.EndsAt),
            LocalStartsAt = ViewerTimeZones.Local(entry.StartsAt, zone),
            LocalEndsAt = ViewerTimeZones.Local(entry.EndsAt, zone),
            ViewerStartsAt = viewer.Length == 0 ? string.Empty : ViewerTimeZones.Local(entry.StartsAt, viewer),
            ViewerEndsAt = viewer.Length == 0 ? string.Empty : ViewerTimeZones.Local(entry.EndsAt, viewer),
            TableLabel = entry.TableLabel,
            HallName = entry.HallName,
            Zone = entry.Zone ?? string.Empty,
            ProjectId = entry.ProjectId?.ToString() ?? string.Empty,
            GapId = entry.GapId?.ToString() ?? string.Empty,
            Sequence = entry.Sequence,
        };
        meeting.Others.AddRange(entry.Others.Select(p => new AgendaParty { ParticipantId = p.Id.ToString(), Kind = p.Kind, Name = p.Name, NameEn = p.NameEn ?? string.Empty }));
        return meeting;
    }
}
