namespace SpecialtyTowns.Gateway.Api.ExpoAgenda;

/// <summary>
/// One meeting of an agenda: <c>status</c> scheduled, or cancelled / no-show / unscheduled (shown at
/// the place it last had); local times as "yyyy-MM-ddTHH:mm".
/// </summary>
public sealed record AgendaMeetingResponse(
    string MeetingId,
    string Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string LocalStartsAt,
    string LocalEndsAt,
    string? ViewerStartsAt,
    string? ViewerEndsAt,
    string? Table,
    string? Hall,
    string? Zone,
    IReadOnlyList<AgendaPartyResponse> With,
    string? ProjectId,
    string? GapId,
    int Sequence);
