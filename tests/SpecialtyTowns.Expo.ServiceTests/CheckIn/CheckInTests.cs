using Grpc.Core;
using SpecialtyTowns.Expo.ServiceTests.Bookings;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.CheckIn;

/// <summary>The venue desk: a check-in by participant id is stored once, however often and however simultaneously it is made.</summary>
[Collection(ExpoCollection.Name)]
public sealed class CheckInTests(ExpoHost host)
{
    [Fact]
    public async Task CheckIn_WhenTheOrganizerChecksAParticipantIn_RecordsItAndPublishesOnce()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 0);
        var desk = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(scene.Organizer);

        var first = await desk.CheckInAsync(ById(scene, scene.Investors[0]));
        var again = await desk.CheckInAsync(ById(scene, scene.Investors[0]));

        Assert.True(first.Created);
        Assert.Equal("search", first.Method);
        Assert.False(again.Created);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.CheckedInAt, again.CheckedInAt);
        Assert.Equal(1, await host.CountAsync("select count(*) from venue_check_ins where participant_id = $1", scene.Investors[0]));
        Assert.Equal(1, await host.CountOutboxAsync("ParticipantCheckedIn", scene.Investors[0].ToString()));
    }

    [Fact]
    public async Task CheckIn_WhenTwentyDesksCheckTheSameParticipantInAtOnce_StoresOneRow()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 0);
        var desk = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(scene.Organizer);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => desk.CheckInAsync(ById(scene, scene.Investors[0])).ResponseAsync));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(1, await host.CountAsync("select count(*) from venue_check_ins where participant_id = $1", scene.Investors[0]));
        Assert.Equal(1, await host.CountOutboxAsync("ParticipantCheckedIn", scene.Investors[0].ToString()));
    }

    [Fact]
    public async Task CheckIn_WhenTheCallerRunsAnotherEventOrIsAParticipant_FailsAsIfTheEventDidNotExist()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 2, towns: 0);
        var stranger = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(TestCaller.Organizer());
        var participant = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(scene.Callers[scene.Investors[0]]);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.CheckInAsync(ById(scene, scene.Investors[0])).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => participant.CheckInAsync(ById(scene, scene.Investors[1])).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from venue_check_ins where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task CheckIn_WhenTheInputIsMalformedOrUnknown_FailsNamingTheFieldAndStoresNothing()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 0);
        var other = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 0);
        var desk = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(scene.Organizer);
        var id = scene.EventId.ToString();

        await RpcAssert.InvalidArgumentAsync(() => desk.CheckInAsync(new CheckInRequest { EventId = id, ParticipantId = "x", AttendeeId = "y", Method = "teleport" }).ResponseAsync, "participant_id", "attendee_id", "method");
        await RpcAssert.InvalidArgumentAsync(() => desk.CheckInAsync(new CheckInRequest { EventId = id }).ResponseAsync, "participant_id");
        await RpcAssert.InvalidArgumentAsync(() => desk.CheckInAsync(ById(scene, other.Investors[0])).ResponseAsync, "participant_id");
        await RpcAssert.InvalidArgumentAsync(() => desk.CheckInAsync(new CheckInRequest { EventId = id, ParticipantId = scene.Investors[0].ToString(), AttendeeId = Guid.NewGuid().ToString() }).ResponseAsync, "attendee_id");
        await RpcAssert.InvalidArgumentAsync(() => desk.CheckInAsync(new CheckInRequest { EventId = id, Badge = "not-a-badge" }).ResponseAsync, "badge");
        await RpcAssert.InvalidArgumentAsync(() => desk.CheckInAsync(new CheckInRequest { EventId = id, Badge = "a.b", ParticipantId = scene.Investors[0].ToString() }).ResponseAsync, "badge");

        Assert.Equal(0, await host.CountAsync("select count(*) from venue_check_ins where event_id = $1 or event_id = $2", scene.EventId, other.EventId));
    }

    [Fact]
    public async Task SearchCheckIn_WhenQueriedByNamePartOrPinyinInitials_FindsTheParticipantWithItsState()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 2, towns: 0);
        var desk = host.Client<ExpoCheckInService.ExpoCheckInServiceClient>(scene.Organizer);
        await desk.CheckInAsync(ById(scene, scene.Investors[1]));

        var byName = await desk.SearchCheckInAsync(new SearchCheckInRequest { EventId = scene.EventId.ToString(), Query = "投资方 1" });
        var byInitials = await desk.SearchCheckInAsync(new SearchCheckInRequest { EventId = scene.EventId.ToString(), Query = "TZF" });

        var found = Assert.Single(byName.Candidates);
        Assert.Equal(scene.Investors[1].ToString(), found.ParticipantId);
        Assert.True(found.CheckedIn);
        Assert.Equal(2, byInitials.Candidates.Count);
        Assert.False(byInitials.Candidates.Single(c => c.ParticipantId == scene.Investors[0].ToString()).CheckedIn);
    }

    private static CheckInRequest ById(BookingScene scene, Guid participant) => new() { EventId = scene.EventId.ToString(), ParticipantId = participant.ToString() };
}
