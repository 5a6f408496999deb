using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Clients;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Requests through the service: only every party's acceptance makes a meeting, exactly one.</summary>
[Collection(ExpoCollection.Name)]
public sealed class MeetingRequestTests(ExpoHost host)
{
    [Fact]
    public async Task AcceptMeetingRequest_WhenTheOnlyOtherPartyAccepts_MakesOneUnscheduledMeetingAndTellsTheSender()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));

        var accepted = await Client(scene.Town(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });

        Assert.Equal("accepted", accepted.Status);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where request_id = $1 and status = 'unscheduled' and slot_id is null", Guid.Parse(sent.Id)));
        Assert.Equal(2, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1", Guid.Parse(accepted.MeetingId)));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingAgreed", accepted.MeetingId));
        var inbox = await Client(scene.Investor(0)).ListNotificationsAsync(new ListNotificationsRequest { EventId = scene.EventId.ToString() });
        Assert.Contains(inbox.Notifications, n => n.Kind == "request-accepted" && n.MeetingId == accepted.MeetingId);
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenOneOfTwoInvitedPartiesAccepted_MakesNoMeetingUntilTheOtherDoes()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0), scene.Enterprise(0)));

        var first = await Client(scene.Town(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });
        var meetingsAfterFirst = await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(sent.Id));
        var second = await Client(scene.Enterprise(0)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id });

        Assert.Equal("pending", first.Status);
        Assert.Equal(0, meetingsAfterFirst);
        Assert.Equal("accepted", second.Status);
        Assert.Equal(3, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1", Guid.Parse(second.MeetingId)));
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenTwoPartiesAnswerAtTheSameMoment_MakesExactlyOneMeeting()
    {
        var scene = await RequestScene.CreateAsync(host, perKind: 3);
        var invited = new[] { scene.Town(0), scene.Town(1), scene.Enterprise(0), scene.Enterprise(1) };
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, invited));

        var answers = await Task.WhenAll(invited.Select(m => Client(m).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }).ResponseAsync));

        Assert.Single(answers, a => a.Status == "accepted" && a.Parties.All(p => p.Response == "accepted"));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where request_id = $1", Guid.Parse(sent.Id)));
        Assert.Equal(5, await host.CountAsync("select count(*) from meeting_request_parties where request_id = $1 and response = 'accepted'", Guid.Parse(sent.Id)));
    }

    [Fact]
    public async Task AcceptMeetingRequest_WhenTheCallerIsNoParty_AnswersNotFoundAndChangesNothing()
    {
        var scene = await RequestScene.CreateAsync(host);
        var sent = await Client(scene.Investor(0)).SendMeetingRequestAsync(Send(scene, scene.Town(0)));

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(scene.Town(1)).AcceptMeetingRequestAsync(new AnswerMeetingRequestRequest { Id = sent.Id }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Client(scene.Town(1)).GetMeetingRequestAsync(new GetMeetingRequestRequest { Id = sent.Id }).ResponseAsync);

        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_request_parties where request_id = $1 and response = 'pending'", Guid.Parse(sent.Id)));
    }

    [Fact]
    public async Task AcceptedMeetingsAsync_WhenAskedForThreePairs_GivesThreeMeetings()
    {
        var scene = await RequestScene.CreateAsync(host);
        var actingAs = scene.Members.ToDictionary(m => m.Id.ToString(), Client);

        var meetings = await ExpoMeetingRequests.AcceptedMeetingsAsync(
            id => actingAs[id], scene.EventId.ToString(), ExpoMeetingRequests.Pairs([scene.Investor(0).Id.ToString(), scene.Investor(1).Id.ToString()], [scene.Town(0).Id.ToString(), scene.Town(1).Id.ToString()], 3));

        Assert.Equal(3, meetings.Distinct().Count());
        Assert.Equal(3, await host.CountAsync("select count(*) from meetings where event_id = $1", scene.EventId));
    }

    private static SendMeetingRequestRequest Send(RequestScene scene, params RequestScene.Member[] to)
    {
        var request = new SendMeetingRequestRequest { EventId = scene.EventId.ToString(), Message = "希望洽谈光伏项目合作" };
        request.ToParticipantIds.AddRange(to.Select(m => m.Id.ToString()));
        return request;
    }

    private ExpoRequestsService.ExpoRequestsServiceClient Client(RequestScene.Member member) => host.Client<ExpoRequestsService.ExpoRequestsServiceClient>(member.Caller);
}
