using Google.Rpc;
using Grpc.Core;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>"The first free place" under contention: every booking that can be placed is, none collides.</summary>
[Collection(ExpoCollection.Name)]
public sealed class FirstFreeBookingTests(ExpoHost host)
{
    [Fact]
    public async Task BookMeeting_WhenManyFirstFreeBookingsRaceIntoANearlyFullEvent_PlacesEveryOneThatFitsWithoutCollision()
    {
        // 2 tables x 30 slots = 60 places, 20 taken first: 40 free for 48 contenders of distinct parties.
        const int Contenders = 48;
        var scene = await BookingScene.CreateAsync(host, slots: 30, tableSeats: [4, 4], investors: Contenders + 20, towns: Contenders + 20);
        for (var i = 0; i < 20; i++)
        {
            var taken = await scene.MeetingAsync([scene.Investors[Contenders + i], scene.Towns[Contenders + i]]);
            await scene.AsOrganizer.BookMeetingAsync(scene.Booking(taken, scene.Slots[i / 2 * 3 % 30], scene.Tables[i % 2]));
        }

        var meetings = await Task.WhenAll(Enumerable.Range(0, Contenders).Select(i => scene.MeetingAsync([scene.Investors[i], scene.Towns[i]])));

        var outcomes = await Task.WhenAll(meetings.Select(scene.FirstFreeOutcomeAsync));

        Assert.Equal(40, outcomes.Count(o => o == "booked"));
        Assert.All(outcomes.Where(o => o != "booked"), o => Assert.Equal("no-free-place", o));
        Assert.Equal(60, await host.CountAsync("select count(distinct (slot_id, table_id)) from meetings where event_id = $1 and slot_id is not null", scene.EventId));
        Assert.Equal(60, await host.CountAsync("select count(*) from slot_occupancy where event_id = $1 and resource_kind = 'table'", scene.EventId));
    }

    [Fact]
    public async Task BookMeeting_WhenEveryPlaceIsTaken_FailsWithNoFreePlace()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 2, towns: 2);
        var first = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        var second = await scene.MeetingAsync([scene.Investors[1], scene.Towns[1]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(first));

        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsOrganizer.BookMeetingAsync(scene.Booking(second)).ResponseAsync);

        Assert.Equal("no-free-place", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", second));
    }
}
