using Grpc.Core;
using SpecialtyTowns.Expo.Application.Requests;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.ServiceDefaults.Validation;
using MeetingRequestMessage = SpecialtyTowns.Expo.V1.MeetingRequest;
using RequestsOverview = SpecialtyTowns.Expo.V1.RequestsOverview;

namespace SpecialtyTowns.Expo.Grpc.Requests;

public sealed class ExpoRequestsGrpcService(
    SendMeetingRequest send,
    AcceptMeetingRequest accept,
    DeclineMeetingRequest decline,
    CounterMeetingRequest counter,
    CancelMeetingRequest cancel,
    ReadMeetingRequests reads,
    GetRequestsOverview overview,
    ParticipantInbox inbox) : ExpoRequestsService.ExpoRequestsServiceBase
{
    private static readonly string[] Boxes = ["", "all", "received", "sent"];

    public override async Task<MeetingRequestMessage> SendMeetingRequest(SendMeetingRequestRequest request, ServerCallContext context) =>
        await ViewAsync(await send.ExecuteAsync(RequestMessages.ToCommand(request), context.GetCaller(), context.CancellationToken), context);

    public override async Task<MeetingRequestMessage> AcceptMeetingRequest(AnswerMeetingRequestRequest request, ServerCallContext context) =>
        await ViewAsync(await accept.ExecuteAsync(RequestMessages.ToCommand(request), context.GetCaller(), context.CancellationToken), context);

    public override async Task<MeetingRequestMessage> DeclineMeetingRequest(AnswerMeetingRequestRequest request, ServerCallContext context) =>
        await ViewAsync(await decline.ExecuteAsync(RequestMessages.ToCommand(request), context.GetCaller(), context.CancellationToken), context);

    public override async Task<MeetingRequestMessage> CounterMeetingRequest(CounterMeetingRequestRequest request, ServerCallContext context) =>
        await ViewAsync(await counter.ExecuteAsync(RequestMessages.ToCommand(request), context.GetCaller(), context.CancellationToken), context);

    public override async Task<MeetingRequestMessage> CancelMeetingRequest(AnswerMeetingRequestRequest request, ServerCallContext context) =>
        await ViewAsync(await cancel.ExecuteAsync(RequestMessages.ToCommand(request), context.GetCaller(), context.CancellationToken), context);

    public override async Task<MeetingRequestMessage> GetMeetingRequest(GetMeetingRequestRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("id", request.Id).ThrowIfInvalid();
        return await ViewAsync(Guid.Parse(request.Id), context);
    }

    public override async Task<ListMeetingRequestsResponse> ListMeetingRequests(ListMeetingRequestsRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .Guid("event_id", request.EventId)
            .Must(Boxes.Contains(request.Box), "box", "must be received, sent or all")
            .Optional("status", request.Status, 20)
            .ThrowIfInvalid();
        var list = await reads.ListAsync(Guid.Parse(request.EventId), request.Box, request.Status, context.GetCaller(), context.CancellationToken);
        var response = new ListMeetingRequestsResponse { ParticipantId = list.Me.Id.ToString() };
        response.Requests.AddRange(list.Requests.Select(RequestMessages.ToMessage));
        return response;
    }

    public override async Task<ListRequestableParticipantsResponse> ListRequestableParticipants(ListRequestableParticipantsRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        var (me, others) = await reads.RequestableAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        var response = new ListRequestableParticipantsResponse { ParticipantId = me.Id.ToString() };
        response.Participants.AddRange(others.Select(RequestMessages.ToMessage));
        return response;
    }

    public override async Task<RequestsOverview> GetRequestsOverview(GetRequestsOverviewRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        var result = await overview.ExecuteAsync(Guid.Parse(request.EventId), context.GetCaller(), context.CancellationToken);
        var response = new RequestsOverview();
        response.Counts.AddRange(result.Counts.OrderBy(c => c.Key).Select(c => new RequestStatusCount { Status = c.Key, Count = c.Value }));
        response.Requests.AddRange(result.Requests.Select(RequestMessages.ToMessage));
        response.WithoutMeetings.AddRange(result.WithoutMeetings.Select(RequestMessages.ToMessage));
        return response;
    }

    public override async Task<ListNotificationsResponse> ListNotifications(ListNotificationsRequest request, ServerCallContext context)
    {
        new RequestValidator().Guid("event_id", request.EventId).ThrowIfInvalid();
        var (me, items, unread) = await inbox.ListAsync(Guid.Parse(request.EventId), request.UnreadOnly, context.GetCaller(), context.CancellationToken);
        var response = new ListNotificationsResponse { ParticipantId = me.Id.ToString(), Unread = unread };
        response.Notifications.AddRange(items.Select(RequestMessages.ToMessage));
        return response;
    }

    public override async Task<MarkNotificationsReadResponse> MarkNotificationsRead(MarkNotificationsReadRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().Guid("event_id", request.EventId).Must(request.Ids.Count <= ParticipantInbox.MaxListed, "ids", $"at most {ParticipantInbox.MaxListed} are allowed");
        for (var i = 0; i < Math.Min(request.Ids.Count, ParticipantInbox.MaxListed); i++)
        {
            validator.Guid($"ids[{i}]", request.Ids[i]);
        }

        validator.ThrowIfInvalid();
        var marked = await inbox.MarkReadAsync(Guid.Parse(request.EventId), [.. request.Ids.Select(Guid.Parse)], context.GetCaller(), context.CancellationToken);
        return new MarkNotificationsReadResponse { Marked = marked };
    }

    private async Task<MeetingRequestMessage> ViewAsync(Guid id, ServerCallContext context) =>
        RequestMessages.ToMessage(await reads.GetAsync(id, context.GetCaller(), context.CancellationToken));
}
