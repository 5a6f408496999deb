using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>The reads behind the Expo navigation and the slot picker: the caller's events and an event's slots.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoEventListTests(ExpoHost host)
{
    [Fact]
    public async Task ListEventSlots_WhenAnApprovedParticipantOrTheOrganizer_ListsTheSlotsInLocalTime()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 3, Towns = 0, Enterprises = 0 });

        var byInvestor = await scenario.Setup(scenario.Investors.First().Caller).ListEventSlotsAsync(new ListEventSlotsRequest { EventId = scenario.EventId });
        var byOrganizer = await scenario.Setup().ListEventSlotsAsync(new ListEventSlotsRequest { EventId = scenario.EventId });

        Assert.Equal(scenario.Slots.Select(s => s.Id), byInvestor.Slots.Select(s => s.Id));
        Assert.Equal(3, byOrganizer.Slots.Count);
        Assert.Equal("Asia/Shanghai", byInvestor.TimeZone);
        Assert.EndsWith("+08:00", byInvestor.Slots[0].LocalStartsAt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListEventSlots_WhenNotApprovedOrAnotherOrganizer_FailsNotFound()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 1, Towns = 0, Enterprises = 0, Approve = false });
        var request = new ListEventSlotsRequest { EventId = scenario.EventId };

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scenario.Setup(scenario.Investors.First().Caller).ListEventSlotsAsync(request).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scenario.Setup(TestCaller.Organizer()).ListEventSlotsAsync(request).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scenario.Setup(TestCaller.Investor()).ListEventSlotsAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task ListMyEvents_WhenOrganizerOrRegisteredParticipant_ListsTheirEventsWithTheirPart()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 0, Tables = 0, Towns = 0, Enterprises = 0 });
        var investor = scenario.Investors.First();

        var mine = await scenario.Setup().ListMyEventsAsync(new ListMyEventsRequest());
        var theirs = await scenario.Setup(investor.Caller).ListMyEventsAsync(new ListMyEventsRequest());
        var stranger = await scenario.Setup(TestCaller.Organizer()).ListMyEventsAsync(new ListMyEventsRequest());

        Assert.True(Assert.Single(mine.Events, e => e.Id == scenario.EventId).Managed);
        var registered = Assert.Single(theirs.Events, e => e.Id == scenario.EventId);
        Assert.False(registered.Managed);
        Assert.Equal("approved", registered.RegistrationStatus);
        Assert.DoesNotContain(stranger.Events, e => e.Id == scenario.EventId);
    }
}
