using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

/// <summary>Proto to JSON for agendas and feeds (empty strings become null), and the feed's URLs.</summary>
public static class AgendaMapping
{
    public static AgendaResponse ToResponse(ParticipantAgenda a) => new(
        a.EventId,
        a.EventName,
        Blank(a.EventNameEn),
        a.TimeZone,
        Blank(a.ViewerTimeZone),
        a.ParticipantId,
        a.ParticipantName,
        Blank(a.Venue),
        [.. a.Meetings.Select(ToResponse)],
        ToResponse(a.Feed));

    public static CalendarFeedStateResponse ToResponse(CalendarFeedState? feed) =>
        new(feed?.Live ?? false, feed is { Live: true, CreatedAt: { } created } ? created.ToDateTimeOffset() : null);

    public static CalendarFeedResponse ToResponse(CalendarFeedIssued issued, HttpRequest request)
    {
        var url = FeedUrl(request, issued.Token);
        return new CalendarFeedResponse(issued.FeedId, url, "webcal" + url[url.IndexOf("://", StringComparison.Ordinal)..], issued.CreatedAt.ToDateTimeOffset());
    }

    /// <summary>The absolute URL of a feed token on this site.</summary>
    public static string FeedUrl(HttpRequest request, string token) => $"{PublicBase(request)}/api/v1/expo/calendar/{token}.ics";

    public static string PublicBase(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static AgendaMeetingResponse ToResponse(AgendaMeeting m) => new(
        m.MeetingId,
        m.Status,
        m.StartsAt.ToDateTimeOffset(),
        m.EndsAt.ToDateTimeOffset(),
        m.LocalStartsAt,
        m.LocalEndsAt,
        Blank(m.ViewerStartsAt),
        Blank(m.ViewerEndsAt),
        Blank(m.TableLabel),
        Blank(m.HallName),
        Blank(m.Zone),
        [.. m.Others.Select(p => new AgendaPartyResponse(p.ParticipantId, p.Kind, p.Name, Blank(p.NameEn)))],
        Blank(m.ProjectId),
        Blank(m.GapId),
        m.Sequence);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
