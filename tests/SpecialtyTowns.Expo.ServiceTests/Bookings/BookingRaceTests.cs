using Grpc.Core;
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

    // Either side may be refused (409); the test is about what committed.
    private static async Task Quietly(Task call)
    {
        try
        {
            await call;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.FailedPrecondition)
        {
        }
    }
}
