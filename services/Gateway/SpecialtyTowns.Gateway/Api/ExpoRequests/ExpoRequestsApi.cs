using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoRequests;

/// <summary>
/// Meeting requests between an event's participants, and their inboxes. A participant sees and acts
/// on its own requests only (anyone else's answers 404); the event's organizer sees the overview.
/// Bad input is 400 naming the field; a refused rule 409 naming it (request-closed, request-expired,
/// participant-not-approved, meeting-limit-reached, only-sender-cancels, sender-cancels, request-already-open).
/// </summary>
public static class ExpoRequestsApi
{
    private static readonly string[] Participants = [Roles.Investor, Roles.Town, Roles.Enterprise];

    public static RouteGroupBuilder MapExpoRequestsApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/v1/expo/events/{eventId:guid}").WithTags("Expo requests");
        events.MapPost("/meeting-requests", SendAsync).WithName("SendMeetingRequest").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<MeetingRequestResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/meeting-requests", ListAsync).WithName("ListMyMeetingRequests").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<MeetingRequestListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/meeting-requests/overview", OverviewAsync).WithName("GetMeetingRequestsOverview").RequireAuthorization(p => p.RequireRole(Roles.Organizer, Roles.Admin))
            .Produces<RequestsOverviewResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapGet("/requestable-participants", RequestableAsync).WithName("ListRequestableParticipants").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<RequestableParticipantsResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        events.MapGet("/notifications", NotificationsAsync).WithName("ListExpoNotifications").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<NotificationListResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/notifications/read", MarkReadAsync).WithName("MarkExpoNotificationsRead").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<MarkReadResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var requests = routes.MapGroup("/api/v1/expo/meeting-requests").WithTags("Expo requests");
        requests.MapGet("/{id:guid}", GetAsync).WithName("GetMeetingRequest").RequireAuthorization(p => p.RequireRole([.. Participants, Roles.Organizer, Roles.Admin]))
            .Produces<MeetingRequestResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        Answer(requests, "/{id:guid}/accept", "AcceptMeetingRequest", (client, request, ct) => client.AcceptMeetingRequestAsync(request, cancellationToken: ct).ResponseAsync);
        Answer(requests, "/{id:guid}/decline", "DeclineMeetingRequest", (client, request, ct) => client.DeclineMeetingRequestAsync(request, cancellationToken: ct).ResponseAsync);
        Answer(requests, "/{id:guid}/cancel", "CancelMeetingRequest", (client, request, ct) => client.CancelMeetingRequestAsync(request, cancellationToken: ct).ResponseAsync);
        requests.MapPost("/{id:guid}/counter", CounterAsync).WithName("CounterMeetingRequest").RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<MeetingRequestResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return events;
    }

    private static void Answer(RouteGroupBuilder requests, string path, string name, Func<ExpoRequestsService.ExpoRequestsServiceClient, AnswerMeetingRequestRequest, CancellationToken, Task<MeetingRequest>> call) =>
        requests.MapPost(path, async (Guid id, HttpRequest http, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken) =>
            {
                var body = await OptionalBody.ReadAsync<AnswerBody>(http, cancellationToken);
                return ExpoRequestMapping.ToResponse(await call(client, new AnswerMeetingRequestRequest { Id = id.ToString(), Reason = body?.Reason ?? string.Empty, RequestId = http.Headers["Idempotency-Key"].ToString() }, cancellationToken));
            })
            .WithName(name).RequireAuthorization(p => p.RequireRole(Participants))
            .Produces<MeetingRequestResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> SendAsync(Guid eventId, SendMeetingRequestBody body, HttpRequest http, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken)
    {
        var sent = await client.SendMeetingRequestAsync(ExpoRequestMapping.ToRequest(eventId, body, http.Headers["Idempotency-Key"].ToString()), cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/expo/meeting-requests/{sent.Id}", ExpoRequestMapping.ToResponse(sent));
    }

    private static async Task<MeetingRequestResponse> GetAsync(Guid id, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken) =>
        ExpoRequestMapping.ToResponse(await client.GetMeetingRequestAsync(new GetMeetingRequestRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<MeetingRequestResponse> CounterAsync(Guid id, CounterBody body, HttpRequest http, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken) =>
        ExpoRequestMapping.ToResponse(await client.CounterMeetingRequestAsync(ExpoRequestMapping.ToRequest(id, body, http.Headers["Idempotency-Key"].ToString()), cancellationToken: cancellationToken));

    private static async Task<MeetingRequestListResponse> ListAsync(Guid eventId, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken, string? box = null, string? status = null)
    {
        var list = await client.ListMeetingRequestsAsync(new ListMeetingRequestsRequest { EventId = eventId.ToString(), Box = box ?? string.Empty, Status = status ?? string.Empty }, cancellationToken: cancellationToken);
        return new MeetingRequestListResponse(list.ParticipantId, [.. list.Requests.Select(ExpoRequestMapping.ToResponse)]);
    }

    private static async Task<RequestsOverviewResponse> OverviewAsync(Guid eventId, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken)
    {
        var overview = await client.GetRequestsOverviewAsync(new GetRequestsOverviewRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken);
        return new RequestsOverviewResponse(
            overview.Counts.ToDictionary(c => c.Status, c => c.Count),
            [.. overview.Requests.Select(ExpoRequestMapping.ToResponse)],
            [.. overview.WithoutMeetings.Select(ExpoRequestMapping.ToResponse)]);
    }

    private static async Task<RequestableParticipantsResponse> RequestableAsync(Guid eventId, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken)
    {
        var list = await client.ListRequestableParticipantsAsync(new ListRequestableParticipantsRequest { EventId = eventId.ToString() }, cancellationToken: cancellationToken);
        return new RequestableParticipantsResponse(list.ParticipantId, [.. list.Participants.Select(ExpoRequestMapping.ToResponse)]);
    }

    private static async Task<NotificationListResponse> NotificationsAsync(Guid eventId, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken, bool unreadOnly = false)
    {
        var list = await client.ListNotificationsAsync(new ListNotificationsRequest { EventId = eventId.ToString(), UnreadOnly = unreadOnly }, cancellationToken: cancellationToken);
        return new NotificationListResponse(list.ParticipantId, list.Unread, [.. list.Notifications.Select(ExpoRequestMapping.ToResponse)]);
    }

    private static async Task<MarkReadResponse> MarkReadAsync(Guid eventId, HttpRequest http, ExpoRequestsService.ExpoRequestsServiceClient client, CancellationToken cancellationToken)
    {
        var body = await OptionalBody.ReadAsync<MarkReadBody>(http, cancellationToken);
        var request = new MarkNotificationsReadRequest { EventId = eventId.ToString() };
        request.Ids.AddRange(body?.Ids ?? []);
        return new MarkReadResponse((await client.MarkNotificationsReadAsync(request, cancellationToken: cancellationToken)).Marked);
    }
}
