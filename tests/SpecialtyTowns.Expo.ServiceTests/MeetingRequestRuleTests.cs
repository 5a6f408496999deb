using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Bad requests name the field and store nothing; rule refusals name the rule.</summary>
[Collection(ExpoCollection.Name)]
public sealed class MeetingRequestRuleTests(ExpoHost host)
{
    [Theory]
    [InlineData("self", "to_participant_ids")]
    [InlineData("unknown", "to_participant_ids")]
    [InlineData("other-event", "to_participant_ids")]
    [InlineData("same-kind", "to_participant_ids")]
    [InlineData("long-message", "message")]
    [InlineData("not-a-uuid", "to_participant_ids[0]")]
    [InlineData("foreign-slot", "proposed_slot_id")]
    [InlineData("foreign-attendee", "attendee_ids")]
    public async Task SendMeetingRequest_WhenTheInputIsWrong_NamesTheFieldAndStoresNothing(string wrong, string field)
    {
        var scene = await RequestScene.CreateAsync(host);
        var other = await RequestScene.CreateAsync(host, perKind: 1);
        var request = new SendMeetingRequestRequest { EventId = scene.EventId.ToString(), Message = "你好" };
        request.ToParticipantIds.Add(wrong switch
        {
            "self" => scene.Investor(0).Id.ToString(),
            "unknown" => Guid.NewGuid().ToString(),
            "other-event" => other.Town(0).Id.ToString(),
            "same-kind" => scene.Investor(1).Id.ToString(),
            "not-a-uuid" => "town-1",
            _ => scene.Town(0).Id.ToString(),
        });
        if (wrong == "long-message")
        {
            request.Message = new string('谈', 1001);
        }

        if (wrong == "foreign-slot")
        {
            request.ProposedSlotId = other.Slots[0].ToString();
        }

        if (wrong == "foreign-attendee")
        {
            request.AttendeeIds.Add(other.Town(0).AttendeeId.ToString());
        }

        await RpcAssert.InvalidArgumentAsync(() => Client(scene.Investor(0)).SendMeetingRequestAsync(request).ResponseAsync, field);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_requests where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task SendMeetingRequest_WhenTheSenderIsNotApproved_IsRefusedWithTheRule()
    {
        var pending = await RequestScene.CreateAsync(host, perKind: 1, approve: false);

        var notApproved = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(pending.Investor(0)).SendMeetingRequestAsync(To(pending, pending.Town(0))).ResponseAsync);

        Assert.Equal("participant-not-approved", notApproved.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_requests where event_id = $1", pending.EventId));
    }

    [Fact]
    public async Task SendMeetingRequest_WhenTheEventAllowsTheKindPair_AcceptsASameKindRequest()
    {
        var scene = await RequestScene.CreateAsync(host, rules: ["investor>investor"]);

        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Investor(1)));

        Assert.Equal("pending", sent.Status);
        await RpcAssert.InvalidArgumentAsync(() => Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(0))).ResponseAsync, "to_participant_ids");
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenAPartyReachedItsMeetingLimit_IsRefusedWithTheRuleAndMakesNoMeeting()
    {
        var scene = await RequestScene.CreateAsync(host, maxInvestor: 1);
        var first = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(0)));
        var second = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(1)));
        await Client(scene.Town(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = first.Id });

        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(scene.Town(1)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = second.Id }).ResponseAsync);

        Assert.Equal("meeting-limit-reached", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(second.Id)));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_request_parties where request_id = $1 and response = 'pending'", Guid.Parse(second.Id)));
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenTwoRequestsTakeTheLastMeetingAtOnce_MakesOnlyOneMeeting()
    {
        var scene = await RequestScene.CreateAsync(host, maxInvestor: 1);
        var first = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(0)));
        var second = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(1)));

        var answers = await Task.WhenAll(
            AnswerAsync(scene.Town(0), first.Id),
            AnswerAsync(scene.Town(1), second.Id));

        Assert.Single(answers, a => a == "accepted");
        Assert.Single(answers, a => a == "meeting-limit-reached");
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task DeclineMeetingRequest_WhenAPartyDeclines_ClosesItAndLaterAcceptsAreRefused()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(0), scene.Enterprise(0)));

        var declined = await Client(scene.Town(0)).DeclineMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id, Reason = "日程已满" });
        var late = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(scene.Enterprise(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }).ResponseAsync);

        Assert.Equal("declined", declined.Status);
        Assert.Equal("日程已满", declined.Parties.Single(p => p.ParticipantId == scene.Town(0).Id.ToString()).Reason);
        Assert.Equal("request-closed", late.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(sent.Id)));
    }

    [Fact]
    public async Task CounterMeetingRequest_WhenARecipientProposesAnotherSlot_AsksEveryOtherPartyAgainAndTheSenderMustAccept()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(0), scene.Enterprise(0)));
        await Client(scene.Enterprise(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });

        var countered = await Client(scene.Town(0)).CounterMeetingRequestAsync(new CounterMeetingRequestRequest { Id = sent.Id, ProposedSlotId = scene.Slots[1].ToString(), InterpreterLanguage = "EN", Note = "下午更方便" });
        var again = await Client(scene.Town(0)).CounterMeetingRequestAsync(new CounterMeetingRequestRequest { Id = sent.Id, ProposedSlotId = scene.Slots[1].ToString(), InterpreterLanguage = "en" });
        await Client(scene.Enterprise(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });
        var agreed = await Client(scene.Investor(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });

        Assert.Equal(1, countered.Round);
        Assert.Equal(["accepted", "pending", "pending"], countered.Parties.OrderBy(p => p.ParticipantId != scene.Town(0).Id.ToString()).Select(p => p.Response));
        Assert.Equal(1, again.Round);
        Assert.Equal("accepted", agreed.Status);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and preferred_slot_id = $2 and interpreter_language = 'en'", Guid.Parse(agreed.MeetingId), scene.Slots[1]));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingRequestCountered", sent.Id));
    }

    [Fact]
    public async Task CancelMeetingRequest_WhenARecipientTries_IsRefusedButTheSenderMayCancel()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(To(scene, scene.Town(0)));

        var refused = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Client(scene.Town(0)).CancelMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }).ResponseAsync);
        var cancelled = await Client(scene.Investor(0)).CancelMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });

        Assert.Equal("only-sender-cancels", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal("cancelled", cancelled.Status);
        var inbox = await Client(scene.Town(0)).ListNotificationsAsync(new ListNotificationsRequest { EventId = scene.EventId.ToString() });
        Assert.Equal(["request-cancelled", "request-received"], inbox.Notifications.Select(n => n.Kind).Where(k => k.StartsWith("request-", StringComparison.Ordinal)));
    }

    private static SendMeetingRequestRequest To(RequestScene scene, params RequestScene.Member[] to)
    {
        var request = new SendMeetingRequestRequest { EventId = scene.EventId.ToString() };
        request.ToParticipantIds.AddRange(to.Select(m => m.Id.ToString()));
        return request;
    }

    private async Task<string?> AnswerAsync(RequestScene.Member member, string id)
    {
        try
        {
            return (await Client(member).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = id })).Status;
        }
        catch (RpcException refused)
        {
            return refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;
        }
    }

    private ExpoRequestsService.ExpoRequestsServiceClient Client(RequestScene.Member member) => host.Client<ExpoRequestsService.ExpoRequestsServiceClient>(member.Caller);
}
