using Grpc.Core;
using SpecialtyTowns.Expo.ServiceTests.Bookings;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Outcomes;

/// <summary>A party records its own outcome of a placed meeting; each real change is published once.</summary>
[Collection(ExpoCollection.Name)]
public sealed class OutcomeTests(ExpoHost host)
{
    [Fact]
    public async Task RecordMeetingOutcome_WhenRecordedTwiceAlikeThenChanged_StoresOneRowAndPublishesPerChange()
    {
        var (scene, meeting) = await PlacedMeetingAsync();
        var investor = Outcomes(scene, scene.Investors[0]);

        var first = await investor.RecordMeetingOutcomeAsync(Held(meeting, 4, "site-visit"));
        await investor.RecordMeetingOutcomeAsync(Held(meeting, 4, "site-visit"));
        await investor.RecordMeetingOutcomeAsync(Held(meeting, 5, "negotiation"));

        Assert.True(first.Recorded && first.Held);
        Assert.Equal((4, "site-visit", scene.Investors[0].ToString()), (first.Rating, first.NextStep, first.ParticipantId));
        Assert.Single(first.OtherParties);
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1", meeting));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1 and rating = 5 and next_step = 'negotiation' and version = 2", meeting));
        Assert.Equal(2, await host.CountOutboxAsync("MeetingOutcomeRecorded", meeting.ToString()));
    }

    [Fact]
    public async Task RecordMeetingOutcome_WhenBothPartiesRecord_KeepsOneOutcomeEach()
    {
        var (scene, meeting) = await PlacedMeetingAsync();

        await Outcomes(scene, scene.Investors[0]).RecordMeetingOutcomeAsync(Held(meeting, 3, "follow-up"));
        var town = await Outcomes(scene, scene.Towns[0]).RecordMeetingOutcomeAsync(new RecordMeetingOutcomeRequest { MeetingId = meeting.ToString(), Held = false, NextStep = "none" });

        Assert.Equal((false, 0, scene.Towns[0].ToString()), (town.Held, town.Rating, town.ParticipantId));
        Assert.Equal(2, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1", meeting));
        Assert.Equal(2, await host.CountOutboxAsync("MeetingOutcomeRecorded", meeting.ToString()));
    }

    [Fact]
    public async Task RecordMeetingOutcome_WhenTheCallerIsAnotherParticipant_IsNotFoundAndStoresNothing()
    {
        var (scene, meeting) = await PlacedMeetingAsync(investors: 2);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Outcomes(scene, scene.Investors[1]).RecordMeetingOutcomeAsync(Held(meeting, 5, "none")).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1", meeting));
        Assert.Equal(0, await host.CountOutboxAsync("MeetingOutcomeRecorded", meeting.ToString()));
    }

    [Fact]
    public async Task RecordMeetingOutcome_WhenTheOrganizerRecords_IsPermissionDenied()
    {
        var (scene, meeting) = await PlacedMeetingAsync();

        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => host.Client<ExpoOutcomesService.ExpoOutcomesServiceClient>(scene.Organizer).RecordMeetingOutcomeAsync(Held(meeting, 5, "none")).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1", meeting));
    }

    [Fact]
    public async Task RecordMeetingOutcome_WhenTheMeetingHasNoPlace_FailsWithMeetingNotHeld()
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: 1, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => Outcomes(scene, scene.Investors[0]).RecordMeetingOutcomeAsync(Held(meeting, 5, "none")).ResponseAsync);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1", meeting));
    }

    [Theory]
    [InlineData(true, 6, "none", "", "rating")]
    [InlineData(true, -1, "none", "", "rating")]
    [InlineData(false, 3, "none", "", "rating")]
    [InlineData(true, 3, "maybe", "", "next_step")]
    [InlineData(true, 3, "", "", "next_step")]
    [InlineData(true, 3, "none", "long", "note")]
    public async Task RecordMeetingOutcome_WhenInputIsBad_NamesTheFieldAndStoresNothing(bool held, int rating, string nextStep, string note, string field)
    {
        var (scene, meeting) = await PlacedMeetingAsync();
        var request = new RecordMeetingOutcomeRequest { MeetingId = meeting.ToString(), Held = held, Rating = rating, NextStep = nextStep, Note = note == "long" ? new string('字', 1001) : note };

        await RpcAssert.InvalidArgumentAsync(() => Outcomes(scene, scene.Investors[0]).RecordMeetingOutcomeAsync(request).ResponseAsync, field);

        Assert.Equal(0, await host.CountAsync("select count(*) from meeting_outcomes where meeting_id = $1", meeting));
        Assert.Equal(0, await host.CountOutboxAsync("MeetingOutcomeRecorded", meeting.ToString()));
    }

    [Fact]
    public async Task GetMeetingOutcome_BeforeAnyRecord_ShowsTheMeetingUnrecorded()
    {
        var (scene, meeting) = await PlacedMeetingAsync();

        var view = await Outcomes(scene, scene.Towns[0]).GetMeetingOutcomeAsync(new GetMeetingOutcomeRequest { MeetingId = meeting.ToString() });

        Assert.False(view.Recorded);
        Assert.Equal(("scheduled", "T01", "Asia/Shanghai"), (view.MeetingStatus, view.TableLabel, view.TimeZone));
        Assert.NotNull(view.StartsAt);
    }

    internal static RecordMeetingOutcomeRequest Held(Guid meeting, int rating, string nextStep) =>
        new() { RequestId = Guid.NewGuid().ToString(), MeetingId = meeting.ToString(), Held = true, Rating = rating, NextStep = nextStep, Note = "谈得很好" };

    private static ExpoOutcomesService.ExpoOutcomesServiceClient Outcomes(BookingScene scene, Guid participant) =>
        scene.Host.Client<ExpoOutcomesService.ExpoOutcomesServiceClient>(scene.Callers[participant]);

    private async Task<(BookingScene Scene, Guid Meeting)> PlacedMeetingAsync(int investors = 1)
    {
        var scene = await BookingScene.CreateAsync(host, slots: 1, tableSeats: [4], investors: investors, towns: 1);
        var meeting = await scene.MeetingAsync([scene.Investors[0], scene.Towns[0]]);
        await scene.AsOrganizer.BookMeetingAsync(scene.Booking(meeting, scene.Slots[0], scene.Tables[0]));
        return (scene, meeting);
    }
}
