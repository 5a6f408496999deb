namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

/// <summary>
/// The caller's meetings of an event: instants in UTC, wall-clock times in the event's <c>timeZone</c>,
/// and in <c>viewerTimeZone</c> too when the viewer's zone differs (null otherwise).
/// </summary>
public sealed record AgendaResponse(
    string EventId,
    string EventName,
    string? EventNameEn,
    string TimeZone,
    string? ViewerTimeZone,
    string ParticipantId,
    string ParticipantName,
    string? Venue,
    IReadOnlyList<AgendaMeetingResponse> Meetings,
    CalendarFeedStateResponse Feed);
