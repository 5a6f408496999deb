using Google.Rpc;
using Grpc.Core;
using Npgsql;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>A booking against other changes of the same meeting or parties committed at the same moment.</summary>
[Collection(ExpoCollection.Name)]
public sealed class BookingRaceTests(ExpoHost host)
{
    [Fact]
    public async Task BookMeeting_WhenThePartyMakesTheSlotUnavailableAtTheSameMoment_NeverCommitsBoth()
    {
        const int Rounds = 12;
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [.. Enumerable.Repeat(4, Rounds)], investors: Rounds, towns: Rounds);
        var meetings = await Task.WhenAll(Enumerable.Range(0, Rounds).Select(i => scene.MeetingAsync([scene.Investors[i], scene.Towns[i]])));

        await Task.WhenAll(Enumerable.Range(0, Rounds).SelectMany(i => new[]
        {
            Quietly(scene.AsOrganizer.BookMeetingAsync(scene.Booking(meetings[i], scene.Slots[0], scene.Tables[i])).ResponseAsync),
            Quietly(host.Client<ExpoSetupService.ExpoSetupServiceClient>(scene.Callers[scene.Towns[i]])
                .SetAvailabilityAsync(new SetAvailabilityRequest { EventId = scene.EventId.ToString(), UnavailableSlotIds = { scene.Slots[0].ToString() } }).ResponseAsync),
        }));

        Assert.Equal(0, await host.CountAsync(
            "select count(*) from slot_occupancy o join participant_unavailable_slots u on u.participant_id = o.resource_id and u.slot_id = o.slot_id where o.event_id = $1",
            scene.EventId));
    }

    [Fact]
    public async Task BookMeeting_WhenTheSameMeetingIsBookedTwiceAtOnce_PlacesItOnceAndRefusesTheStaleBooking()
    {
        const int Rounds = 8;
        var scene = await BookingScene.CreateAsync(host, slots: 2, tableSeats: [.. Enumerable.Repeat(4, Rounds)], investors: Rounds, towns: Rounds);
        var meetings = await Task.WhenAll(Enumerable.Range(0, Rounds).Select(i => scene.MeetingAsync([scene.Investors[i], scene.Towns[i]])));

        var outcomes = await Task.WhenAll(meetings.SelectMany(meeting => new[] { Outcome(scene, meeting), Outcome(scene, meeting) }));

        Assert.Equal(Rounds, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.AlreadyExists, o));
        foreach (var meeting in meetings)
        {
            Assert.Equal(1, await host.CountOutboxAsync("MeetingBooked", meeting.ToString()));
        }
    }

    [Fact]
    public async Task BookMeeting_WhenTheSlotIsDeletedAtTheSameMoment_FailsWithSlotRemoved()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString(host.Database));
        await connection.OpenAsync();
        await using var deleting = await connection.BeginTransactionAsync();
        await using (var delete = new NpgsqlCommand("delete from slots where id = $1", connection, deleting) { Parameters = { new NpgsqlParameter { Value = scene.Slots[0] } } })
        {
            await delete.ExecuteNonQueryAsync();
        }

        var booking = scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0])).ResponseAsync;
        await WaitUntilSomeoneWaitsForALockAsync();
        await deleting.CommitAsync();
        var failure = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => booking);

        Assert.Equal("slot-removed", failure.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", meeting));
    }

    private async Task WaitUntilSomeoneWaitsForALockAsync()
    {
        for (var i = 0; i < 200 && await host.CountAsync("select count(*) from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'", host.Database) == 0; i++)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<StatusCode> Outcome(BookingScene scene, Guid meeting)
    {
        try
        {
            await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting));
            return StatusCode.OK;
        }
        catch (RpcException exception)
        {
            return exception.StatusCode;
        }
    }

    // Either side may be refused (409); the test is about what committed.
    [Fact]
    public async Task BookMeeting_WhenTheTableShrinksAtTheSameMoment_NeverLeavesAMeetingAtATableTooSmall()
    {
        const int Rounds = 12;
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [.. Enumerable.Repeat(4, Rounds)], investors: Rounds, towns: Rounds);
        var meetings = await Task.WhenAll(Enumerable.Range(0, Rounds).Select(i => scene.MeetingAsync([scene.Investors[i], scene.Towns[i]])));
        var setup = host.Client<ExpoSetupService.ExpoSetupServiceClient>(scene.Organizer);
        var hall = (await setup.GetSetupAsync(new GetSetupRequest { EventId = scene.EventId.ToString() })).Halls.Single().Id;

        await Task.WhenAll(Enumerable.Range(0, Rounds).SelectMany(i => new[]
        {
            Quietly(scene.AsOrganizer.BookMeetingAsync(scene.Booking(meetings[i], scene.Slots[0], scene.Tables[i])).ResponseAsync, StatusCode.InvalidArgument),
            Quietly(setup.UpdateTableAsync(new UpdateTableRequest { EventId = scene.EventId.ToString(), TableId = scene.Tables[i].ToString(), HallId = hall, Label = $"T{i + 1:00}", Seats = 2, Zone = "洽谈区" }).ResponseAsync),
        }));

        Assert.Equal(0, await host.CountAsync(
            "select count(*) from meetings m join tables t on t.id = m.table_id where m.event_id = $1 and t.seats < 4",
            scene.EventId));
        Assert.Equal(Rounds, await host.CountAsync(
            "select count(*) from tables t where t.event_id = $1 and (t.seats = 2) <> exists (select 1 from meetings m where m.table_id = t.id)",
            scene.EventId));
    }

    private static async Task Quietly(Task call, StatusCode alsoExpected = StatusCode.FailedPrecondition)
    {
        try
        {
            await call;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition || exception.StatusCode == alsoExpected)
        {
        }
    }
}
