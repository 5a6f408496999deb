using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Expo.ServiceTests.Bookings;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>A participant that withdrew or was rejected takes part in nothing: its requests close and no meeting is made or placed with it.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ParticipantDepartureTests(ExpoHost host)
{
    [Fact]
    public async Task Withdraw_WhenItHasAPendingRequest_CancelsItOnceAndTellsTheOtherParty()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Requests(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));

        await scene.Scenario.Setup(scene.Town(0).Caller).WithdrawAsync(new WithdrawRequest { EventId = scene.EventId.ToString() });

        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_requests where id = $1 and status = 'cancelled'", Guid.Parse(sent.Id)));
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(sent.Id)));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingRequestCancelled", sent.Id));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where participant_id = $1 and kind = 'request-cancelled' and request_id = $2", scene.Investor(0).Id, Guid.Parse(sent.Id)));
    }

    [Fact]
    public async Task DecideParticipants_WhenAnApprovedPartyIsRejected_CancelsItsMeetingsAndRequestsAndTellsTheOthers()
    {
        var scene = await RequestScene.CreateAsync(host);
        var agreed = await Requests(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));
        var meetingId = (await Requests(scene.Town(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = agreed.Id })).MeetingId;
        var pending = await Requests(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(1)));

        await scene.Scenario.Setup().DecideParticipantsAsync(new DecideParticipantsRequest { EventId = scene.EventId.ToString(), Decision = "reject", ParticipantIds = { scene.Investor(0).Id.ToString() } });

        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and status = 'cancelled'", Guid.Parse(meetingId)));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingCancelled", meetingId));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where participant_id = $1 and kind = 'meeting-cancelled' and meeting_id = $2", scene.Town(0).Id, Guid.Parse(meetingId)));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_requests where id = $1 and status = 'cancelled'", Guid.Parse(pending.Id)));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingRequestCancelled", pending.Id));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where participant_id = $1 and kind = 'request-cancelled'", scene.Town(1).Id));
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenAnotherPartyIsNoLongerApproved_FailsParticipantNotApprovedAndMakesNoMeeting()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Requests(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));
        await TestDatabase.ExecuteAsync(host.Database, "update participants set status = 'rejected' where id = $1", scene.Investor(0).Id);

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Requests(scene.Town(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }).ResponseAsync);

        Assert.Equal("participant-not-approved", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(sent.Id)));
    }

    [Fact]
    public async Task BookMeeting_WhenAPartyIsNoLongerApproved_FailsParticipantNotApprovedAndPlacesNothing()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        await TestDatabase.ExecuteAsync(host.Database, "update participants set status = 'withdrawn' where id = $1", scene.Towns[0]);

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0])).ResponseAsync);

        Assert.Equal("participant-not-approved", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
    }

    private static SendMeetingRequestRequest Send(RequestScene scene, RequestScene.Member to) => new()
    {
        EventId = scene.EventId.ToString(),
        Message = "希望洽谈文旅项目合作",
        ToParticipantIds = { to.Id.ToString() },
    };

    private ExpoRequestsService.ExpoRequestsServiceClient Requests(RequestScene.Member member) => host.Client<ExpoRequestsService.ExpoRequestsServiceClient>(member.Caller);
}
