using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>An event's set-up by its organizer: halls, tables, sessions with generated slots, interpreters, settings.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoSetupTests(ExpoHost host)
{
    [Fact]
    public async Task BuildAsync_WhenDefaults_CreatesSlotsTablesAndApprovedParticipantsOfEachKind()
    {
        var scenario = await ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 20, Tables = 5, SlotsPerDay = 12 });

        Assert.Equal(20, scenario.Slots.Count);
        Assert.Equal(5, scenario.Tables.Count);
        Assert.Equal(2, scenario.Investors.Count());
        Assert.Equal(2, scenario.Towns.Count());
        Assert.Equal(2, scenario.Enterprises.Count());
        Assert.Equal(20, await host.CountAsync("select count(*) from slots where event_id = $1", Guid.Parse(scenario.EventId)));
        Assert.Equal(6, await host.CountAsync("select count(*) from participants where event_id = $1 and status = 'approved'", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task AddSession_WhenMeetingsAndBreaksFit_GeneratesSlotsInTheEventTimeZone()
    {
        var scenario = await EmptyEventAsync();

        var created = await scenario.Setup().AddSessionAsync(Session(scenario, "09:00", "10:00", 20, 5));

        var day = DateTime.Parse(scenario.Event.StartsOn, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([day.AddHours(1), day.AddHours(1).AddMinutes(25)], created.Slots.Select(s => DateTime.SpecifyKind(s.StartsAt.ToDateTime(), DateTimeKind.Unspecified)).ToList());
        Assert.Equal("09:20:00+08:00", created.Slots[0].LocalEndsAt[11..]);
        Assert.Equal(1, await host.CountOutboxAsync("EventSetupChanged", created.Session.Id));
    }

    [Fact]
    public async Task AddSession_WhenItOverlapsExistingSlots_FailsNamingStartsAtAndStoresNothing()
    {
        var scenario = await EmptyEventAsync();
        await scenario.Setup().AddSessionAsync(Session(scenario, "09:00", "12:00", 30, 0));

        await RpcAssert.InvalidArgumentAsync(() => scenario.Setup().AddSessionAsync(Session(scenario, "11:45", "13:00", 30, 0)).ResponseAsync, "starts_at");

        Assert.Equal(6, await host.CountAsync("select count(*) from slots where event_id = $1", Guid.Parse(scenario.EventId)));
        Assert.Equal(1, await host.CountAsync("select count(*) from sessions where event_id = $1", Guid.Parse(scenario.EventId)));
    }

    [Theory]
    [InlineData("09:00", "09:15", 20, "meeting_minutes")]
    [InlineData("10:00", "09:00", 20, "ends_at")]
    [InlineData("9h", "10:00", 20, "starts_at")]
    [InlineData("09:00", "10:00", 0, "meeting_minutes")]
    public async Task AddSession_WhenTimesDoNotFit_FailsNamingTheFieldAndStoresNothing(string startsAt, string endsAt, int meetingMinutes, string field)
    {
        var scenario = await EmptyEventAsync();

        await RpcAssert.InvalidArgumentAsync(() => scenario.Setup().AddSessionAsync(Session(scenario, startsAt, endsAt, meetingMinutes, 0)).ResponseAsync, field);

        Assert.Equal(0, await host.CountAsync("select count(*) from sessions where event_id = $1", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task AddSession_WhenDayIsNotOfTheEvent_FailsNamingDay()
    {
        var scenario = await EmptyEventAsync();
        var request = Session(scenario, "09:00", "10:00", 20, 0);
        request.Day = "2020-01-01";

        await RpcAssert.InvalidArgumentAsync(() => scenario.Setup().AddSessionAsync(request).ResponseAsync, "day");
    }

    [Fact]
    public async Task AddTables_WhenHallUnknownOrSeatsOutOfRange_FailsNamingEachTableFieldAndStoresNothing()
    {
        var scenario = await EmptyEventAsync();
        var request = new AddTablesRequest { EventId = scenario.EventId };
        request.Tables.Add(new TableSpec { HallId = scenario.Hall.Id, Label = "B1", Seats = 51 });
        request.Tables.Add(new TableSpec { HallId = scenario.Hall.Id, Label = "B2", Seats = 1 });

        await RpcAssert.InvalidArgumentAsync(() => scenario.Setup().AddTablesAsync(request).ResponseAsync, "tables[0].seats", "tables[1].seats");
        var unknownHall = new AddTablesRequest { EventId = scenario.EventId, Tables = { new TableSpec { HallId = Guid.NewGuid().ToString(), Label = "B3", Seats = 4 } } };
        await RpcAssert.InvalidArgumentAsync(() => scenario.Setup().AddTablesAsync(unknownHall).ResponseAsync, "tables[0].hall_id");

        Assert.Equal(0, await host.CountAsync("select count(*) from tables where event_id = $1", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task AddHall_WhenAnotherOrganizersEvent_FailsNotFound()
    {
        var scenario = await EmptyEventAsync();
        var stranger = scenario.Setup(TestCaller.Organizer());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => stranger.AddHallAsync(new AddHallRequest { EventId = scenario.EventId, Name = "二号馆" }).ResponseAsync);

        Assert.Equal(1, await host.CountAsync("select count(*) from halls where event_id = $1", Guid.Parse(scenario.EventId)));
    }

    [Fact]
    public async Task ChangeSettings_WhenTimeZoneDoesNotExist_FailsNamingTimeZone()
    {
        var scenario = await EmptyEventAsync();

        await RpcAssert.InvalidArgumentAsync(
            () => scenario.Setup().ChangeSettingsAsync(new ChangeSettingsRequest { EventId = scenario.EventId, RequestExpiryHours = 72, ReminderHoursBefore = 12, TimeZone = "Asia/Atlantis" }).ResponseAsync,
            "time_zone");
    }

    [Fact]
    public async Task ChangeSettings_WhenSameValuesAgain_PublishesOnce()
    {
        var scenario = await EmptyEventAsync();
        var request = new ChangeSettingsRequest { EventId = scenario.EventId, Venue = "太原国际会展中心", RequestExpiryHours = 48, ReminderHoursBefore = 6, RegistrationOpen = true, MaxMeetingsInvestor = 8, RequestRules = { "investor>town", "town>investor" } };

        var first = await scenario.Setup().ChangeSettingsAsync(request);
        var second = await scenario.Setup().ChangeSettingsAsync(request);

        Assert.Equal(first, second);
        Assert.Equal(8, second.MaxMeetingsInvestor);
        Assert.False(second.HasMaxMeetingsTown);
        Assert.Equal(1, await host.CountAsync("select count(*) from outbox_messages where payload::text like $1 and payload::text like '%settings%'", "%" + scenario.EventId + "%"));
    }

    private static AddSessionRequest Session(ExpoScenario scenario, string startsAt, string endsAt, int meetingMinutes, int breakMinutes) => new()
    {
        EventId = scenario.EventId,
        Day = scenario.Event.StartsOn,
        StartsAt = startsAt,
        EndsAt = endsAt,
        MeetingMinutes = meetingMinutes,
        BreakMinutes = breakMinutes,
    };

    private Task<ExpoScenario> EmptyEventAsync() =>
        ExpoScenario.BuildAsync(host.As, new ExpoScenarioOptions { Slots = 0, Tables = 0, Interpreters = 0, Investors = 0, Towns = 0, Enterprises = 0 });
}
