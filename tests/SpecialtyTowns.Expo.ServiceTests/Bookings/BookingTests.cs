using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>Booking a chosen or the first free place, with PostgreSQL deciding every collision.</summary>
[Collection(ExpoCollection.Name)]
public sealed class BookingTests(ExpoHost host)
{
    [Fact]
    public async Task BookMeeting_WhenSlotAndTableAreFree_PlacesItTellsThePartiesAndPublishesOnce()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 2, tableSeats: [4, 4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);

        var placed = await scene.As(scene.Callers[scene.Investors[0]]).BookMeetingAsync(scene.Booking(meeting, scene.Slots[1], scene.Tables[0]));

        Assert.Equal(("scheduled", scene.Slots[1].ToString(), scene.Tables[0].ToString(), "booking"), (placed.Status, placed.SlotId, placed.TableId, placed.PlacedBy));
        Assert.Equal(3, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1 and slot_id = $2", meeting, scene.Slots[1]));
        Assert.Equal(2, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'meeting-scheduled'", meeting));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingBooked", meeting.ToString()));
    }

    [Fact]
    public async Task BookMeeting_WhenAPartyAlreadyMeetsInTheSlot_FailsWithParticipantBusyAndStoresNothing()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4, 4], investors: 1, towns: 2);
        var first = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var second = await scene.MeetingAsync([scene.Investors[0], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(first, scene.Slots[0], scene.Tables[0]));

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsOrganizer.BookMeetingAsync(scene.Booking(second, scene.Slots[0], scene.Tables[1])).ResponseAsync);

        Assert.Equal("participant-busy", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", second));
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where id = $1 and status <> 'unscheduled'", second));
        Assert.Equal(0, await host.CountOutboxAsync("MeetingBooked", second.ToString()));
    }

    [Fact]
    public async Task BookMeeting_WhenTheTableIsTakenInTheSlot_FailsWithTableBusy()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 2, towns: 2);
        var first = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var second = await scene.MeetingAsync([scene.Investors[1], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(first, scene.Slots[0], scene.Tables[0]));

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsOrganizer.BookMeetingAsync(scene.Booking(second, scene.Slots[0], scene.Tables[0])).ResponseAsync);

        Assert.Equal("table-busy", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task BookMeeting_WhenNoPlaceIsChosen_TakesTheEarliestFreeSlotAndTheSmallestTableThatFits()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 3, tableSeats: [10, 2, 4], investors: 1, towns: 2);
        var busy = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(busy, scene.Slots[0], scene.Tables[2]));
        await scene.UnavailableAsync(scene.Towns[1], scene.Slots[1]);

        var placed = await scene.As(scene.Callers[scene.Towns[1]]).BookMeetingAsync(scene.Booking(meeting));

        Assert.Equal((scene.Slots[2].ToString(), scene.Tables[2].ToString()), (placed.SlotId, placed.TableId));
    }

    [Fact]
    public async Task BookMeeting_WhenItNeedsAnInterpreter_TakesAFreeOneWhoSpeaksTheLanguage()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]], interpreterLanguage: "en");

        var placed = await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting));

        Assert.Equal(scene.Interpreters[0].ToString(), placed.InterpreterId);
        Assert.Equal(1, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1 and resource_kind = 'interpreter'", meeting));
    }

    [Fact]
    public async Task BookMeeting_WhenAPartyIsUnavailableInTheChosenSlot_FailsWithParticipantUnavailable()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        await scene.UnavailableAsync(scene.Investors[0], scene.Slots[0]);

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0])).ResponseAsync);

        Assert.Equal("participant-unavailable", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task BookMeeting_WhenAPartyReachedItsMeetingLimit_FailsWithMeetingLimit()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 2, tableSeats: [4, 4], investors: 1, towns: 2, investorLimit: 1);
        var first = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var second = await scene.MeetingAsync([scene.Investors[0], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(first));

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsOrganizer.BookMeetingAsync(scene.Booking(second)).ResponseAsync);

        Assert.Equal("meeting-limit", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
    }

    [Fact]
    public async Task BookMeeting_WhenEveryFreePlaceIsRacedFor_FillsEachSlotOnceAndRefusesTheRest()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 3, tableSeats: [4, 4, 4], investors: 1, towns: 8);
        var meetings = await Task.WhenAll(scene.Towns.Select(town => scene.MeetingAsync([scene.Investors[0], town])));

        var outcomes = await Task.WhenAll(meetings.Select(scene.FirstFreeOutcomeAsync));

        Assert.Equal(3, outcomes.Count(o => o == "booked"));
        Assert.All(outcomes.Where(o => o != "booked"), o => Assert.Equal("no-free-place", o));
        Assert.Equal(3, await host.CountAsync("select count(distinct slot_id) from meetings where event_id = $1 and status = 'scheduled'", scene.EventId));
    }
}
