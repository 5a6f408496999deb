extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Meetings;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Changing slots or availability never drops a placed meeting silently: refused naming it, or unplaced on request and told.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoSlotChangeTests(ExpoHost host)
{
    [Fact]
    public async Task DeleteSlot_WhenAMeetingIsPlacedInIt_FailsNamingTheMeetingAndKeepsIt()
    {
        var (scenario, meetingId) = await PlacedMeetingAsync();

        var refusal = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scenario.Setup().DeleteSlotAsync(new DeleteSlotRequest { EventId = scenario.EventId, SlotId = scenario.Slots[0].Id }).ResponseAsync);

        Assert.Contains(meetingId.ToString(), refusal.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountAsync("select count(*) from slots where id = $1", Guid.Parse(scenario.Slots[0].Id)));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and slot_id is not null", meetingId));
    }

    [Fact]
    public async Task DeleteSlot_WhenUnplaceRequested_UnschedulesTheMeetingTellsItsPartiesAndReportsIt()
    {
        var (scenario, meetingId) = await PlacedMeetingAsync();

        var change = await scenario.Setup().DeleteSlotAsync(new DeleteSlotRequest { EventId = scenario.EventId, SlotId = scenario.Slots[0].Id, UnplaceMeetings = true });

        Assert.Null(change.Slot);
        Assert.Equal([meetingId.ToString()], change.UnplacedMeetingIds);
        Assert.Equal(0, await host.CountAsync("select count(*) from slots where id = $1", Guid.Parse(scenario.Slots[0].Id)));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and slot_id is null and status = 'unscheduled'", meetingId));
        Assert.Equal(2, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'meeting-unscheduled'", meetingId));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingsUnplacedBySetup", meetingId.ToString()));
    }

    [Fact]
    public async Task MoveSlot_WhenItWouldOverlapTheNextSlot_FailsNamingStartsAtAndKeepsIt()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 3, Investors = 0, Towns = 0, Enterprises = 0 });
        var next = scenario.Slots[1];

        await RpcAssert.InvalidArgumentAsync(
            () => scenario.Setup().MoveSlotAsync(new MoveSlotRequest { EventId = scenario.EventId, SlotId = scenario.Slots[0].Id, StartsAt = next.StartsAt, EndsAt = next.EndsAt }).ResponseAsync,
            "starts_at");

        Assert.Equal(1, await host.CountAsync("select count(*) from slots where id = $1 and starts_at = $2", Guid.Parse(scenario.Slots[0].Id), scenario.Slots[0].StartsAt.ToDateTimeOffset()));
    }

    [Fact]
    public async Task MoveSlot_WhenFree_MovesItAndAddSlotFillsTheGap()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 2, Investors = 0, Towns = 0, Enterprises = 0 });
        var last = scenario.Slots[^1].EndsAt.ToDateTimeOffset();

        var moved = await scenario.Setup().MoveSlotAsync(new MoveSlotRequest { EventId = scenario.EventId, SlotId = scenario.Slots[0].Id, StartsAt = Timestamp.FromDateTimeOffset(last.AddHours(1)), EndsAt = Timestamp.FromDateTimeOffset(last.AddHours(1).AddMinutes(20)) });
        var added = await scenario.Setup().AddSlotAsync(new AddSlotRequest { EventId = scenario.EventId, StartsAt = scenario.Slots[0].StartsAt, EndsAt = scenario.Slots[0].EndsAt });

        Assert.Equal(last.AddHours(1), moved.Slot.StartsAt.ToDateTimeOffset());
        Assert.Empty(added.SessionId);
        Assert.Equal(3, (await scenario.Setup().GetSetupAsync(new GetSetupRequest { EventId = scenario.EventId })).Slots.Count);
    }

    [Fact]
    public async Task SetAvailability_WhenASlotHoldsTheCallersMeeting_IsRefusedUnlessUnplaceRequested()
    {
        var (scenario, meetingId) = await PlacedMeetingAsync();
        var investor = scenario.Investors.First();
        var request = new SetAvailabilityRequest { EventId = scenario.EventId, UnavailableSlotIds = { scenario.Slots[0].Id, scenario.Slots[1].Id } };

        await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scenario.Setup(investor.Caller).SetAvailabilityAsync(request).ResponseAsync);
        request.UnplaceMeetings = true;
        var set = await scenario.Setup(investor.Caller).SetAvailabilityAsync(request);

        Assert.Equal([meetingId.ToString()], set.UnplacedMeetingIds);
        Assert.Equal(2, await host.CountAsync("select count(*) from participant_unavailable_slots where participant_id = $1", Guid.Parse(investor.Id)));
        Assert.Equal(2, (await scenario.Setup(investor.Caller).GetMyRegistrationAsync(new GetMyRegistrationRequest { EventId = scenario.EventId })).UnavailableSlotIds.Count);
    }

    [Fact]
    public async Task Withdraw_WhenItHasAMeeting_CancelsItAndTellsTheOtherParty()
    {
        var (scenario, meetingId) = await PlacedMeetingAsync();
        var investor = scenario.Investors.First();

        var withdrawn = await scenario.Setup(investor.Caller).WithdrawAsync(new WithdrawRequest { EventId = scenario.EventId });

        Assert.Equal("withdrawn", withdrawn.Status);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and status = 'cancelled' and slot_id is null", meetingId));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'meeting-cancelled'", meetingId));
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("no-show")]
    public async Task MoveSlot_WhenAClosedMeetingStillShowsAtIt_RaisesItsCalendarSequenceAndKeepsItClosed(string closed)
    {
        var (scenario, meetingId) = await PlacedMeetingAsync();
        using (var scope = host.Server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
            var meeting = await db.Meetings.FindAsync(meetingId);
            if (closed == "cancelled")
            {
                meeting!.Cancel("行程冲突", DateTimeOffset.UtcNow);
            }
            else
            {
                meeting!.MarkNoShow(DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        var before = await host.CountAsync("select calendar_sequence::bigint from meetings where id = $1", meetingId);
        var last = scenario.Slots[^1].EndsAt.ToDateTimeOffset();

        var moved = await scenario.Setup().MoveSlotAsync(new MoveSlotRequest { EventId = scenario.EventId, SlotId = scenario.Slots[0].Id, StartsAt = Timestamp.FromDateTimeOffset(last.AddHours(1)), EndsAt = Timestamp.FromDateTimeOffset(last.AddHours(1).AddMinutes(20)) });

        Assert.Empty(moved.UnplacedMeetingIds);
        Assert.Equal(before + 1, await host.CountAsync("select calendar_sequence::bigint from meetings where id = $1", meetingId));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and status = $2", meetingId, closed));
    }

    [Fact]
    public async Task ListParticipants_WhenAnotherOrganizer_FailsNotFound()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 1 });

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scenario.Setup(TestCaller.Organizer()).ListParticipantsAsync(new ListParticipantsRequest { EventId = scenario.EventId }).ResponseAsync);
        var list = await scenario.Setup().ListParticipantsAsync(new ListParticipantsRequest { EventId = scenario.EventId, Kind = "town" });

        Assert.Equal(2, list.Participants.Count);
    }

    private async Task<(ExpoScenario Scenario, Guid MeetingId)> PlacedMeetingAsync()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 3 });
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var meeting = Meeting.Create(Guid.Parse(scenario.EventId), null, [Guid.Parse(scenario.Investors.First().Id), Guid.Parse(scenario.Towns.First().Id)], null, null, [], null, null, 1, DateTimeOffset.UtcNow);
        meeting.Place(Guid.Parse(scenario.Slots[0].Id), Guid.Parse(scenario.Tables[0].Id), null, "booking", true, DateTimeOffset.UtcNow);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return (scenario, meeting.Id);
    }
}
