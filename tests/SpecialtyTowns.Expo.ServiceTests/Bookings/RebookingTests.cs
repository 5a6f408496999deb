using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Expo.ServiceTests.Bookings;

/// <summary>Booking a meeting again: only a real move is a change.</summary>
[Collection(ExpoCollection.Name)]
public sealed class RebookingTests(ExpoHost host)
{
    [Fact]
    public async Task BookMeeting_WhenIntoThePlaceItAlreadyHas_ChangesAndPublishesNothing()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 2, tableSeats: [4, 4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[1], scene.Tables[0]));
        var version = await host.CountAsync("select version from meetings where id = $1", meeting);

        var again = await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[1], scene.Tables[0]));

        Assert.Equal((scene.Slots[1].ToString(), scene.Tables[0].ToString(), "T01"), (again.SlotId, again.TableId, again.TableLabel));
        Assert.Equal(version, await host.CountAsync("select version from meetings where id = $1", meeting));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingBooked", meeting.ToString()));
        Assert.Equal(0, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'meeting-moved'", meeting));
    }
}
