using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Standby;

/// <summary>A party not checked in becomes a provisional no-show; its partner confirms it and the place is offered.</summary>
[Collection(ExpoCollection.Name)]
public sealed class NoShowTests(ExpoHost host)
{
    [Fact]
    public async Task StandbyPass_WhenAPartyIsNotCheckedInAfterTheWindow_MarksItProvisionalOnceAndTellsThePartner()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 1);
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        await scene.WithDbAsync(async db => (await db.Meetings.FindAsync(meeting))!.Parties.Single(p => p.ParticipantId == scene.Investors[0]).CheckIn("test", DateTimeOffset.UtcNow));

        await scene.PassAsync();
        await scene.PassAsync();

        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and no_show = 'provisional'", meeting));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and participant_id = $2 and no_show = 'provisional'", meeting, scene.Towns[0]));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'no-show-provisional' and participant_id = $2", meeting, scene.Investors[0]));
        Assert.Equal(0, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'no-show-provisional' and participant_id = $2", meeting, scene.Towns[0]));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingPartyNoShow", meeting.ToString()));
    }

    [Fact]
    public async Task StandbyPass_WhenTheWindowHasNotPassed_MarksNobody()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 1);
        await scene.AsOrganizer.ChangeDaySettingsAsync(new ChangeDaySettingsRequest { EventId = scene.EventId.ToString(), NoShowAfterMinutes = StandbyScene.StartedMinutesAgo + 5, StandbyOfferSeconds = 60, PendingTooLongHours = 48 });
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);

        await scene.PassAsync();

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and no_show is not null", meeting));
    }

    [Fact]
    public async Task ConfirmNoShow_WhenThePartnerConfirms_EndsTheMeetingAndOffersThePlaceToTheBestCandidate()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 5);
        var (investor, absent) = (scene.Investors[0], scene.Towns[0]);
        var meeting = await scene.PlacedMeetingAsync([investor, absent], 0);
        var busy = scene.Towns[4];
        await scene.PlacedMeetingAsync([busy, scene.Towns[3]], 1);
        await scene.CheckInAtVenueAsync(investor, scene.Towns[1], scene.Towns[2], busy);
        await scene.RequestAsync(investor, scene.Towns[2]);

        var result = await scene.ConfirmAsync(meeting, absent, investor);

        Assert.Equal("no-show", result.Status);
        Assert.Equal(scene.Towns[2].ToString(), result.Offer.OfferedToId);
        Assert.Equal("pending-request", result.Offer.Reason);
        Assert.Equal(1, result.Offer.Rank);
        Assert.Equal("T01", result.Offer.TableLabel);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and status = 'no-show' and slot_id is not null", meeting));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and participant_id = $2 and no_show = 'confirmed'", meeting, absent));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'standby-offered' and participant_id = $2", meeting, scene.Towns[2]));
        Assert.Equal(1, await host.CountOutboxAsync("StandbyOffered", result.Offer.Id));
        Assert.Equal(1, await ConfirmedNoShowEventsAsync(meeting));
    }

    [Fact]
    public async Task ConfirmNoShow_WhenConfirmedTwice_ChangesAndPublishesNothingMore()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 2);
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        await scene.CheckInAtVenueAsync(scene.Investors[0], scene.Towns[1]);

        await scene.ConfirmAsync(meeting, scene.Towns[0], scene.Investors[0]);
        var again = await scene.AsOrganizer.ConfirmNoShowAsync(new ConfirmNoShowRequest { MeetingId = meeting.ToString(), ParticipantId = scene.Towns[0].ToString() });

        Assert.Equal("no-show", again.Status);
        Assert.Equal(1, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1", meeting));
        Assert.Equal(1, await ConfirmedNoShowEventsAsync(meeting));
    }

    [Fact]
    public async Task ConfirmNoShow_WhenNobodyFits_FreesThePlaceWithoutAnOffer()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 2, towns: 2);
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        await scene.CheckInAtVenueAsync(scene.Investors[0], scene.Investors[1]);
        await scene.WithDbAsync(async db => (await db.Events.FindAsync(scene.EventId))!.ChangeSettings(null, 72, 12, ["town>investor", "investor>town"], null, null, null, true));

        var result = await scene.ConfirmAsync(meeting, scene.Towns[0], scene.Investors[0]);

        Assert.Null(result.Offer);
        Assert.Equal(0, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1", meeting));
    }

    [Fact]
    public async Task ConfirmNoShow_WhenRefused_NamesTheRuleAndChangesNothing()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 2, towns: 2);
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        var later = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[1]], 0, scene.LaterSlot);
        await scene.WithDbAsync(async db => (await db.Meetings.FindAsync(meeting))!.Parties.ForEach(p => p.CheckIn("test", DateTimeOffset.UtcNow)));
        Task Confirm(Guid m, Guid noShow, TestCaller caller) => scene.As(caller).ConfirmNoShowAsync(new ConfirmNoShowRequest { MeetingId = m.ToString(), ParticipantId = noShow.ToString() }).ResponseAsync;

        var checkedIn = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Confirm(meeting, scene.Towns[0], scene.Callers[scene.Investors[0]]));
        var early = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Confirm(later, scene.Towns[1], scene.Callers[scene.Investors[0]]));
        await RpcAssert.InvalidArgumentAsync(() => Confirm(meeting, scene.Investors[0], scene.Callers[scene.Investors[0]]), "participant_id");
        await RpcAssert.InvalidArgumentAsync(() => Confirm(meeting, scene.Towns[1], scene.Organizer), "participant_id");
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Confirm(meeting, scene.Towns[0], scene.Callers[scene.Investors[1]]));
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Confirm(meeting, scene.Towns[0], TestCaller.Organizer()));
        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.ConfirmNoShowAsync(new ConfirmNoShowRequest { MeetingId = "x", ParticipantId = string.Empty }).ResponseAsync, "meeting_id", "participant_id");

        Assert.Equal("party-checked-in", StandbyScene.Rule(checkedIn));
        Assert.Equal("no-show-too-early", StandbyScene.Rule(early));
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where event_id = $1 and status = 'no-show'", scene.EventId));
        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_parties p join meetings m on m.id = p.meeting_id where m.event_id = $1 and p.no_show is not null", scene.EventId));
    }

    private Task<long> ConfirmedNoShowEventsAsync(Guid meeting) => host.CountAsync(
        "select count(*) from outbox_messages where replace(lower(message_type), '-', '') like '%meetingpartynoshow%' and payload::text like $1 and payload::text like '%confirmed%'",
        "%" + meeting + "%");
}
