using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Standby;

/// <summary>The organizer's day settings and hall board.</summary>
[Collection(ExpoCollection.Name)]
public sealed class DaySettingsAndBoardTests(ExpoHost host)
{
    [Fact]
    public async Task ChangeDaySettings_WhenTheOrganizerSetsThem_TheNextOfferUsesTheWindow()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 2);
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        await scene.CheckInAtVenueAsync(scene.Investors[0], scene.Towns[1]);

        var settings = await scene.AsOrganizer.ChangeDaySettingsAsync(new ChangeDaySettingsRequest { EventId = scene.EventId.ToString(), NoShowAfterMinutes = 5, StandbyOfferSeconds = 30, PendingTooLongHours = 24 });
        var offer = (await scene.ConfirmAsync(meeting, scene.Towns[0], scene.Investors[0])).Offer;

        Assert.Equal(30, settings.StandbyOfferSeconds);
        Assert.Equal(TimeSpan.FromSeconds(30), offer.ExpiresAt.ToDateTimeOffset() - offer.OfferedAt.ToDateTimeOffset());
        Assert.Equal(1, await host.CountAsync("select count(*) from events where id = $1 and no_show_after_minutes = 5 and standby_offer_seconds = 30 and pending_too_long_hours = 24", scene.EventId));
    }

    [Fact]
    public async Task ChangeDaySettings_WhenOutOfRangeOrNotTheOrganizers_IsRefusedAndNothingIsStored()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 1);
        ChangeDaySettingsRequest Settings(int minutes, int seconds, int hours) => new() { EventId = scene.EventId.ToString(), NoShowAfterMinutes = minutes, StandbyOfferSeconds = seconds, PendingTooLongHours = hours };

        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.ChangeDaySettingsAsync(Settings(0, 5, 0)).ResponseAsync, "no_show_after_minutes", "standby_offer_seconds", "pending_too_long_hours");
        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.ChangeDaySettingsAsync(Settings(241, 3601, 721)).ResponseAsync, "no_show_after_minutes", "standby_offer_seconds", "pending_too_long_hours");
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.As(TestCaller.Organizer()).ChangeDaySettingsAsync(Settings(5, 60, 24)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.AsParticipant(scene.Investors[0]).ChangeDaySettingsAsync(Settings(5, 60, 24)).ResponseAsync);

        Assert.Equal(1, await host.CountAsync("select count(*) from events where id = $1 and no_show_after_minutes = 10 and standby_offer_seconds = 180 and pending_too_long_hours = 48", scene.EventId));
    }

    [Fact]
    public async Task GetHallBoard_WhenAMeetingRunsWithANoShowAndAnOffer_ShowsAttendanceNoShowsAndTheOpenOffer()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 2, towns: 3);
        var freed = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        var running = await scene.PlacedMeetingAsync([scene.Investors[1], scene.Towns[1]], 1);
        await scene.PlacedMeetingAsync([scene.Investors[1], scene.Towns[2]], 1, scene.LaterSlot);
        await scene.CheckInAtVenueAsync(scene.Investors[0], scene.Investors[1], scene.Towns[2]);
        await scene.WithDbAsync(async db => (await db.Meetings.FindAsync(running))!.Parties.Single(p => p.ParticipantId == scene.Investors[1]).CheckIn("test", DateTimeOffset.UtcNow));
        await scene.ConfirmAsync(freed, scene.Towns[0], scene.Investors[0]);
        await scene.PassAsync();

        var board = await scene.AsOrganizer.GetHallBoardAsync(new GetHallBoardRequest { EventId = scene.EventId.ToString() });

        Assert.Equal([scene.RunningSlot.ToString()], board.Slots.Select(s => s.Id));
        Assert.Equal(2, board.Meetings.Count);
        var noShow = board.Meetings.Single(m => m.Id == freed.ToString());
        Assert.Equal("no-show", noShow.Status);
        Assert.Equal("confirmed", noShow.Parties.Single(p => p.ParticipantId == scene.Towns[0].ToString()).NoShow);
        var meeting = board.Meetings.Single(m => m.Id == running.ToString());
        Assert.NotNull(meeting.Parties.Single(p => p.ParticipantId == scene.Investors[1].ToString()).CheckedInAt);
        Assert.Equal("provisional", meeting.Parties.Single(p => p.ParticipantId == scene.Towns[1].ToString()).NoShow);
        Assert.Equal(scene.Towns[2].ToString(), Assert.Single(board.OpenOffers).OfferedToId);
        Assert.Equal(3, board.CheckedInAtVenue);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.AsParticipant(scene.Investors[0]).GetHallBoardAsync(new GetHallBoardRequest { EventId = scene.EventId.ToString() }).ResponseAsync);
    }
}
