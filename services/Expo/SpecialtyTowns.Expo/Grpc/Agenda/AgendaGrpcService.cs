using Grpc.Core;
using SpecialtyTowns.Expo.Application.Agenda;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;


namespace SpecialtyTowns.Expo.Grpc.Agenda;

/// <summary>Agendas and calendar feeds: proto to use case and back.</summary>
public sealed class AgendaGrpcService(
    GetAgenda getAgenda,
    IssueCalendarFeed issueFeed,
    RevokeCalendarFeed revokeFeed,
    GetCalendarFeed getFeed) : ExpoAgendaService.ExpoAgendaServiceBase
{
    public override async Task<ParticipantAgenda> GetAgenda(GetAgendaRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("event_id", request.EventId)
            .Optional("viewer_time_zone", request.ViewerTimeZone, ViewerTimeZones.MaxLength)
            .Must(request.ViewerTimeZone.Length is 0 or > ViewerTimeZones.MaxLength || ViewerTimeZones.IsKnown(request.ViewerTimeZone), "viewer_time_zone", "is not an IANA time zone such as Europe/Berlin")
            .ThrowIfInvalid();
        var agenda = await getAgenda.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        return AgendaMapper.ToMessage(agenda, request.ViewerTimeZone);
    }

    public override async Task<CalendarFeedIssued> CreateCalendarFeed(CreateCalendarFeedRequest request, ServerCallContext context)
    {
        new RequestValidator().RequestId(request.RequestId).Guid("event_id", request.EventId).ThrowIfInvalid();
        var (feed, token) = await issueFeed.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        return new CalendarFeedIssued { FeedId = feed.Id.ToString(), Token = token, CreatedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(feed.CreatedAt) };
    }

    public override async Task<CalendarFeedState> RevokeCalendarFeed(RevokeCalendarFeedRequest request, ServerCallContext context)
    {
        new RequestValidator().RequestId(request.RequestId).Guid("event_id", request.EventId).ThrowIfInvalid();
        await revokeFeed.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        return new CalendarFeedState { Live = false };
    }

    public override async Task<CalendarFeedContent> GetCalendarFeed(GetCalendarFeedRequest request, ServerCallContext context)
    {
        var document = await getFeed.ExecuteAsync(request.Token, request.PublicBaseUrl, context.CancellationToken);
        return new CalendarFeedContent { Ics = document.Ics, Etag = document.ETag };
    }
}
