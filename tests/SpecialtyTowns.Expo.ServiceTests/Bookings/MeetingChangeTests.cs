using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>Unbooking and cancelling free the place once, and the timetable shows each caller what it may see.</summary>
[Collection(ExpoCollection.Name)]
public sealed class MeetingChangeTests(ExpoHost host)
{
    [Fact]
    public async Task UnbookMeeting_WhenPlaced_FreesThePlaceAndPublishesOnlyOnce()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting));
        var party = scene.As(scene.Callers[scene.Towns[0]]);

        var first = await party.UnbookMeetingAsync(new MeetingActionRequest { MeetingId = meeting.ToString() });
        await party.UnbookMeetingAsync(new MeetingActionRequest { MeetingId = meeting.ToString() });

        Assert.Equal(("unscheduled", string.Empty), (first.Status, first.SlotId));
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingUnbooked", meeting.ToString()));
        Assert.Equal(2, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'meeting-unscheduled'", meeting));
    }

    [Fact]
    public async Task CancelMeeting_WhenPlaced_FreesThePlaceForAnotherMeeting()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 2);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var next = await scene.MeetingAsync([scene.Investors[0], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0]));

        var cancelled = await scene.As(scene.Callers[scene.Investors[0]]).CancelMeetingAsync(new MeetingActionRequest { MeetingId = meeting.ToString(), Reason = "行程冲突" });
        await scene.AsOrganizer.CancelMeetingAsync(new MeetingActionRequest { MeetingId = meeting.ToString() });
        var placed = await scene.AsOrganizer.BookMeetingAsync(scene.Booking(next, scene.Slots[0], scene.Tables[0]));

        Assert.Equal("cancelled", cancelled.Status);
        Assert.Equal("scheduled", placed.Status);
        Assert.Equal(1, await host.CountOutboxAsync("MeetingCancelled", meeting.ToString()));
    }

    [Fact]
    public async Task GetTimetable_WhenAParticipantAsks_ShowsOnlyItsOwnMeetings()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 2, tableSeats: [4, 4], investors: 2, towns: 2);
        var mine = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var theirs = await scene.MeetingAsync([scene.Investors[1], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(mine));
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(theirs));

        var own = await scene.As(scene.Callers[scene.Investors[0]]).GetTimetableAsync(new GetTimetableRequest { EventId = scene.EventId.ToString() });
        var all = await scene.AsOrganizer.GetTimetableAsync(new GetTimetableRequest { EventId = scene.EventId.ToString() });

        Assert.Equal([mine.ToString()], own.Meetings.Select(m => m.Id));
        Assert.Equal(2, own.Participants.Count);
        Assert.Equal(2, all.Meetings.Count);
        await RpcAssert.FailsAsync(Grpc.Core.StatusCode.NotFound, () => scene.As(TestCaller.Organizer()).GetTimetableAsync(new GetTimetableRequest { EventId = scene.EventId.ToString() }).ResponseAsync);
    }
}
