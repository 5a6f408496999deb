using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Participants register themselves; the organizer approves or rejects them, many at once.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoRegistrationTests(ExpoHost host)
{
    [Fact]
    public async Task Register_WhenTownDelegation_StoresItPendingWithItsOfficialsAndEnterprises()
    {
        var scenario = await EventAsync();
        var town = TestCaller.Town(Guid.NewGuid());
        var enterpriseId = Guid.NewGuid().ToString();
        var request = new RegisterRequest { EventId = scenario.EventId, Kind = "town", Name = "平遥古城小镇代表团", Languages = { "zh", "EN" } };
        request.Attendees.Add(new ParticipantAttendee { Name = "王副镇长", Title = "副镇长" });
        request.Attendees.Add(new ParticipantAttendee { Name = "李经理", Title = "总经理", EnterpriseId = enterpriseId, Languages = { "en" } });

        var registered = await scenario.Setup(town).RegisterAsync(request);

        Assert.Equal("pending", registered.Status);
        Assert.Equal(town.TownId.ToString(), registered.SubjectId);
        Assert.Equal(2, registered.Seats);
        Assert.Equal(["zh", "en"], registered.Languages);
        Assert.Equal(enterpriseId, registered.Attendees[1].EnterpriseId);
        Assert.All(registered.Attendees, a => Assert.True(Guid.TryParse(a.Id, out _)));
        Assert.Equal(1, await host.CountOutboxAsync("ParticipantRegistered", registered.Id));
    }

    [Theory]
    [InlineData("investor", "town")]
    [InlineData("town", "enterprise")]
    [InlineData("enterprise", "investor")]
    [InlineData("organizer", "investor")]
    public async Task Register_WhenKindIsNotWhatTheCallerIs_FailsNamingKindAndStoresNothing(string role, string kind)
    {
        var scenario = await EventAsync();

        await RpcAssert.InvalidArgumentAsync(
            () => scenario.Setup(TestCaller.OfRole(role)).RegisterAsync(new RegisterRequest { EventId = scenario.EventId, Kind = kind, Name = "某机构" }).ResponseAsync,
            "kind");

        Assert.Equal(0, await host.CountAsync("select count(*) from participants where event_id = $1", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task Register_WhenTheSameSubjectRegistersConcurrently_KeepsOneParticipant()
    {
        var scenario = await EventAsync();
        var investor = TestCaller.Investor();
        var request = new RegisterRequest { EventId = scenario.EventId, Kind = "investor", Name = "晋商资本" };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scenario.Setup(investor).RegisterAsync(request).ResponseAsync));

        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(1, await host.CountAsync("select count(*) from participants where event_id = $1", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task DecideParticipants_WhenManyApprovedAtOnce_ApprovesEachOnceAndNotifiesThem()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 1, Tables = 0, Interpreters = 0, Investors = 20, Towns = 5, Enterprises = 5, Approve = false });
        var request = new DecideParticipantsRequest { EventId = scenario.EventId, Decision = "approve" };
        request.ParticipantIds.AddRange(scenario.Participants.Select(p => p.Id));

        var first = await scenario.Setup().DecideParticipantsAsync(request);
        var again = await scenario.Setup().DecideParticipantsAsync(request);

        Assert.Equal(30, first.Participants.Count);
        Assert.All(first.Participants, p => Assert.Equal("approved", p.Status));
        Assert.Empty(again.Participants);
        Assert.Equal(30, await host.CountAsync("select count(*) from notifications where event_id = $1 and kind = 'registration-approved'", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task DecideParticipants_WhenAnIdIsNotOfTheEvent_FailsNamingItAndChangesNothing()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 1, Tables = 0, Interpreters = 0, Approve = false });
        var request = new DecideParticipantsRequest { EventId = scenario.EventId, Decision = "approve", ParticipantIds = { scenario.Participants[0].Id, Guid.NewGuid().ToString() } };

        await RpcAssert.InvalidArgumentAsync(() => scenario.Setup().DecideParticipantsAsync(request).ResponseAsync, "participant_ids[1]");

        Assert.Equal(0, await host.CountAsync("select count(*) from participants where event_id = $1 and status = 'approved'", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task DecideParticipants_WhenAnotherOrganizer_FailsNotFound()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 1, Tables = 0, Interpreters = 0, Approve = false });

        await RpcAssert.FailsAsync(
            StatusCode.NotFound,
            () => scenario.Setup(TestCaller.Organizer()).DecideParticipantsAsync(new DecideParticipantsRequest { EventId = scenario.EventId, Decision = "approve", AllPending = true }).ResponseAsync);
    }

    private Task<ExpoScenario> EventAsync() =>
        ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 2, Tables = 1, Interpreters = 0, Investors = 0, Towns = 0, Enterprises = 0 });
}
