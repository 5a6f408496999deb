using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>Bookings outside the event, of unknown meetings or at too small tables: refused naming the field, nothing stored.</summary>
[Collection(ExpoCollection.Name)]
public sealed class BookingInputTests(ExpoHost host)
{
    [Theory]
    [InlineData("slot_id")]
    [InlineData("table_id")]
    public async Task BookMeeting_WhenTheSlotOrTableBelongsToAnotherEvent_FailsNamingTheField(string field)
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var other = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 0, towns: 0);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var request = field == "slot_id" ? scene.Booking(meeting, other.Slots[0], scene.Tables[0]) : scene.Booking(meeting, scene.Slots[0], other.Tables[0]);

        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.BookMeetingAsync(request).ResponseAsync, field);

        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
    }

    [Fact]
    public async Task BookMeeting_WhenTheMeetingIsUnknownOrOfAnotherEvent_FailsNamingMeetingId()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var other = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var elsewhere = await other.MeetingAsync([other.Investors[0], other.Towns[0]]);

        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.BookMeetingAsync(scene.Booking(Guid.NewGuid())).ResponseAsync, "meeting_id");
        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.BookMeetingAsync(scene.Booking(elsewhere, scene.Slots[0], scene.Tables[0])).ResponseAsync, "meeting_id");

        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", elsewhere));
    }

    [Fact]
    public async Task BookMeeting_WhenTheTableHasTooFewSeats_FailsNamingTableId()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [3], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);

        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0])).ResponseAsync, "table_id");

        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
    }

    [Fact]
    public async Task BookMeeting_WhenTheIdsAreMalformed_FailsNamingEachField()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 0, towns: 0);

        await RpcAssert.InvalidArgumentAsync(
            () => scene.AsOrganizer.BookMeetingAsync(new BookMeetingRequest { EventId = scene.EventId.ToString(), MeetingId = "x", SlotId = "y", TableId = "z" }).ResponseAsync,
            "meeting_id",
            "slot_id",
            "table_id");
    }

    [Fact]
    public async Task BookMeeting_WhenTheCallerIsAPartyOfAnotherMeeting_FailsAsIfTheMeetingDidNotExist()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 2, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);

        await RpcAssert.InvalidArgumentAsync(() => scene.As(scene.Callers[scene.Investors[1]]).BookMeetingAsync(scene.Booking(meeting)).ResponseAsync, "meeting_id");
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.As(TestCaller.Organizer()).BookMeetingAsync(scene.Booking(meeting)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.As(TestCaller.Investor()).BookMeetingAsync(scene.Booking(meeting)).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
    }
}
