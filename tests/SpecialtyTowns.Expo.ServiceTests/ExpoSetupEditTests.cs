using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Expo.ServiceTests.Bookings;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Editing and deleting halls, tables and interpreters never drops a placed meeting: refused with the rule, naming them.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoSetupEditTests(ExpoHost host)
{
    [Fact]
    public async Task DeleteTable_WhenAMeetingIsPlacedAtIt_FailsWithMeetingsPlacedAndKeepsBoth()
    {
        var (scene, meeting) = await PlacedAsync();

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Setup(scene).DeleteTableAsync(new DeleteTableRequest { EventId = scene.EventId.ToString(), TableId = scene.Tables[0].ToString() }).ResponseAsync);

        Assert.Equal("meetings-placed", Rule(failure));
        Assert.Equal(1, await host.CountAsync("select count(*) from tables where id = $1", scene.Tables[0]));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and table_id = $2", meeting, scene.Tables[0]));
        Assert.Equal(0, await host.CountOutboxAsync("EventSetupChanged", scene.Tables[0].ToString()));
    }

    [Fact]
    public async Task DeleteTable_WhenFree_DeletesItAndPublishesTheChange()
    {
        var (scene, _) = await PlacedAsync();

        var deleted = await Setup(scene).DeleteTableAsync(new DeleteTableRequest { EventId = scene.EventId.ToString(), TableId = scene.Tables[1].ToString() });

        Assert.Equal([scene.Tables[1].ToString()], deleted.DeletedIds);
        Assert.Equal(0, await host.CountAsync("select count(*) from tables where id = $1", scene.Tables[1]));
        Assert.Equal(1, await host.CountOutboxAsync("EventSetupChanged", scene.Tables[1].ToString()));
    }

    [Fact]
    public async Task DeleteHall_WhenOneOfItsTablesHasAPlacedMeeting_FailsWithMeetingsPlacedAndKeepsHallAndTables()
    {
        var (scene, _) = await PlacedAsync();
        var hall = await HallAsync(scene);

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Setup(scene).DeleteHallAsync(new DeleteHallRequest { EventId = scene.EventId.ToString(), HallId = hall }).ResponseAsync);

        Assert.Equal("meetings-placed", Rule(failure));
        Assert.Equal(2, await host.CountAsync("select count(*) from tables where event_id = $1", scene.EventId));
        Assert.Equal(1, await host.CountAsync("select count(*) from halls where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task DeleteHall_WhenNoMeetingIsPlaced_DeletesItWithItsTables()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4, 6], investors: 0, towns: 0);
        var hall = await HallAsync(scene);

        var deleted = await Setup(scene).DeleteHallAsync(new DeleteHallRequest { EventId = scene.EventId.ToString(), HallId = hall });

        Assert.Equal(3, deleted.DeletedIds.Count);
        Assert.Equal(0, await host.CountAsync("select count(*) from tables where event_id = $1", scene.EventId));
        Assert.Equal(1, await host.CountOutboxAsync("EventSetupChanged", hall));
    }

    [Fact]
    public async Task UpdateTable_WhenSeatsFewerThanAPlacedMeetingTakes_FailsNamingTheMeetingAndKeepsTheSeats()
    {
        var (scene, meeting) = await PlacedAsync();
        var hall = await HallAsync(scene);

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Setup(scene).UpdateTableAsync(Table(scene, hall, seats: 3)).ResponseAsync);
        var fits = await Setup(scene).UpdateTableAsync(Table(scene, hall, seats: 4));

        Assert.Equal("table-seats-needed", Rule(failure));
        Assert.Contains(meeting.ToString(), failure.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(4, fits.Seats);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and table_id = $2", meeting, scene.Tables[0]));
    }

    [Fact]
    public async Task UpdateTable_WhenTheSameValuesAgain_PublishesOnce()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [6, 4], investors: 0, towns: 0);
        var hall = await HallAsync(scene);

        var first = await Setup(scene).UpdateTableAsync(Table(scene, hall, seats: 8, zone: "贵宾区"));
        var second = await Setup(scene).UpdateTableAsync(Table(scene, hall, seats: 8, zone: "贵宾区"));

        Assert.Equal(first, second);
        Assert.Equal("贵宾区", second.Zone);
        Assert.Equal(1, await host.CountOutboxAsync("EventSetupChanged", scene.Tables[0].ToString()));
    }

    [Fact]
    public async Task UpdateTable_WhenLabelTakenOrSeatsOutOfRange_FailsNamingTheField()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [6, 4], investors: 0, towns: 0);
        var hall = await HallAsync(scene);
        var taken = Table(scene, hall, seats: 6);
        taken.Label = "T02";

        await RpcAssert.InvalidArgumentAsync(() => Setup(scene).UpdateTableAsync(taken).ResponseAsync, "label");
        await RpcAssert.InvalidArgumentAsync(() => Setup(scene).UpdateTableAsync(Table(scene, hall, seats: 51)).ResponseAsync, "seats");
        var unknownHall = Table(scene, Guid.NewGuid().ToString(), seats: 6);
        await RpcAssert.InvalidArgumentAsync(() => Setup(scene).UpdateTableAsync(unknownHall).ResponseAsync, "hall_id");

        Assert.Equal(1, await host.CountAsync("select count(*) from tables where id = $1 and label = 'T01' and seats = 6", scene.Tables[0]));
    }

    [Fact]
    public async Task UpdateInterpreter_WhenDroppingTheLanguageOfAPlacedMeeting_FailsNamingTheMeetingAndKeepsTheLanguages()
    {
        var (scene, meeting) = await PlacedAsync("en");
        var request = new UpdateInterpreterRequest { EventId = scene.EventId.ToString(), InterpreterId = scene.Interpreters[0].ToString(), Name = "译员 李", Languages = { "de" } };

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Setup(scene).UpdateInterpreterAsync(request).ResponseAsync);
        request.Languages.Add("EN ");
        var kept = await Setup(scene).UpdateInterpreterAsync(request);

        Assert.Equal("interpreter-language-needed", Rule(failure));
        Assert.Contains(meeting.ToString(), failure.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(["de", "en"], kept.Languages);
    }

    [Fact]
    public async Task DeleteInterpreter_WhenAMeetingIsPlacedWithIt_FailsWithMeetingsPlaced()
    {
        var (scene, _) = await PlacedAsync("en");

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Setup(scene).DeleteInterpreterAsync(new DeleteInterpreterRequest { EventId = scene.EventId.ToString(), InterpreterId = scene.Interpreters[0].ToString() }).ResponseAsync);

        Assert.Equal("meetings-placed", Rule(failure));
        Assert.Equal(1, await host.CountAsync("select count(*) from interpreters where id = $1", scene.Interpreters[0]));
    }

    [Fact]
    public async Task UpdateHall_WhenNothingChanges_PublishesNothing()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 0, towns: 0);
        var hall = await HallAsync(scene);

        var same = await Setup(scene).UpdateHallAsync(new UpdateHallRequest { EventId = scene.EventId.ToString(), HallId = hall, Name = " 一号馆 ", NameEn = "Hall 1" });

        Assert.Equal("一号馆", same.Name);
        Assert.Equal(0, await host.CountOutboxAsync("EventSetupChanged", hall));
    }

    [Fact]
    public async Task EditsAndDeletes_WhenAnotherOrganizersEvent_FailNotFoundAndChangeNothing()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 0, towns: 0);
        var hall = await HallAsync(scene);
        var stranger = host.Client<ExpoSetupService.ExpoSetupServiceClient>(TestCaller.Organizer());
        var eventId = scene.EventId.ToString();

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.UpdateHallAsync(new UpdateHallRequest { EventId = eventId, HallId = hall, Name = "别人的馆" }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.DeleteHallAsync(new DeleteHallRequest { EventId = eventId, HallId = hall }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.UpdateTableAsync(Table(scene, hall, seats: 10)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.DeleteTableAsync(new DeleteTableRequest { EventId = eventId, TableId = scene.Tables[0].ToString() }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.DeleteInterpreterAsync(new DeleteInterpreterRequest { EventId = eventId, InterpreterId = scene.Interpreters[0].ToString() }).ResponseAsync);

        Assert.Equal(1, await host.CountAsync("select count(*) from halls where id = $1 and name = '一号馆'", Guid.Parse(hall)));
        Assert.Equal(1, await host.CountAsync("select count(*) from tables where id = $1 and seats = 4", scene.Tables[0]));
        Assert.Equal(1, await host.CountAsync("select count(*) from interpreters where event_id = $1", scene.EventId));
    }

    private static string? Rule(RpcException failure) => failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    private static UpdateTableRequest Table(BookingScene scene, string hall, int seats, string zone = "洽谈区") => new()
    {
        EventId = scene.EventId.ToString(),
        TableId = scene.Tables[0].ToString(),
        HallId = hall,
        Label = "T01",
        Seats = seats,
        Zone = zone,
    };

    private ExpoSetupService.ExpoSetupServiceClient Setup(BookingScene scene) => host.Client<ExpoSetupService.ExpoSetupServiceClient>(scene.Organizer);

    private async Task<string> HallAsync(BookingScene scene) =>
        (await Setup(scene).GetSetupAsync(new GetSetupRequest { EventId = scene.EventId.ToString() })).Halls.Single().Id;

    // Two parties of 2 seats each (4 together) booked at the first table (6 seats).
    private async Task<(BookingScene Scene, Guid Meeting)> PlacedAsync(string? language = null)
    {
        var scene = await BookingScene.CreateAsync(host, slots: 2, tableSeats: [6, 4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]], language);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0]));
        return (scene, meeting);
    }
}
