using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.CheckIn;

/// <summary>Check-in at the meeting's table: a party checks in itself only, the organizer any party; once, however often.</summary>
[Collection(ExpoCollection.Name)]
public sealed class MeetingCheckInTests(ExpoHost host)
{
    [Fact]
    public async Task CheckInAtMeeting_WhenAPartyChecksItselfInTwice_RecordsAndPublishesOnce()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var meeting = await scene.PlacedMeetingAsync();
        var investor = scene.As(scene.Scene.Investors[0]);

        var first = await investor.CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString() });
        var again = await investor.CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString(), ParticipantId = scene.Scene.Investors[0].ToString() });

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.CheckedInAt, again.CheckedInAt);
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and checked_in_at is not null", meeting));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingPartyCheckedIn", meeting.ToString()));
    }

    [Fact]
    public async Task CheckInAtMeeting_WhenAPartyNamesTheOtherParty_IsForbiddenAndStoresNothing()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var meeting = await scene.PlacedMeetingAsync();

        await RpcAssert.FailsAsync(
            StatusCode.PermissionDenied,
            () => scene.As(scene.Scene.Investors[0]).CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString(), ParticipantId = scene.Scene.Towns[0].ToString() }).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and checked_in_at is not null", meeting));
        Assert.Equal(0, await host.CountOutboxAsync("MeetingPartyCheckedIn", meeting.ToString()));
    }

    [Fact]
    public async Task CheckInAtMeeting_WhenTheCallerIsNoPartyOrRunsAnotherEvent_FailsAsIfTheMeetingDidNotExist()
    {
        var scene = await CheckInScene.CreateAsync(host, investors: 2);
        var meeting = await scene.PlacedMeetingAsync();
        var request = new MeetingCheckInRequest { MeetingId = meeting.ToString(), ParticipantId = scene.Scene.Towns[0].ToString() };

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.As(scene.Scene.Investors[1]).CheckInAtMeetingAsync(request).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(TestCaller.Organizer()).CheckInAtMeetingAsync(request).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and checked_in_at is not null", meeting));
    }

    [Fact]
    public async Task CheckInAtMeeting_WhenTheOrganizerChecksAPartyIn_RecordsTheOrganizer()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var meeting = await scene.PlacedMeetingAsync();

        await RpcAssert.InvalidArgumentAsync(() => scene.Desk.CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString() }).ResponseAsync, "participant_id");
        await RpcAssert.InvalidArgumentAsync(() => scene.Desk.CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString(), ParticipantId = Guid.NewGuid().ToString() }).ResponseAsync, "participant_id");
        await RpcAssert.InvalidArgumentAsync(() => scene.Desk.CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = "x", ParticipantId = "y" }).ResponseAsync, "meeting_id", "participant_id");
        var result = await scene.Desk.CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString(), ParticipantId = scene.Scene.Towns[0].ToString() });

        Assert.True(result.Created);
        Assert.Equal(scene.Scene.Organizer.Subject, result.CheckedInBy);
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and checked_in_at is not null", meeting));
    }

    [Fact]
    public async Task CheckInAtMeeting_WhenTheMeetingIsNotScheduled_FailsWithTheRule()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var meeting = await scene.Scene.MeetingAsync([scene.Scene.Investors[0], scene.Scene.Towns[0]]);

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.As(scene.Scene.Towns[0]).CheckInAtMeetingAsync(new MeetingCheckInRequest { MeetingId = meeting.ToString() }).ResponseAsync);

        Assert.Equal("meeting-not-scheduled", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task CheckInAtMeeting_WhenThePartyAndTheDeskCheckItInAtOnce_RecordsAndPublishesOnce()
    {
        var scene = await CheckInScene.CreateAsync(host);
        var meeting = await scene.PlacedMeetingAsync();
        var self = new MeetingCheckInRequest { MeetingId = meeting.ToString() };
        var desk = new MeetingCheckInRequest { MeetingId = meeting.ToString(), ParticipantId = scene.Scene.Towns[0].ToString() };

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? scene.As(scene.Scene.Towns[0]).CheckInAtMeetingAsync(self).ResponseAsync
            : scene.Desk.CheckInAtMeetingAsync(desk).ResponseAsync));

        Assert.Single(results, r => r.Created);
        Assert.Equal(1, await host.CountOutboxAsync("MeetingPartyCheckedIn", meeting.ToString()));
    }
}
