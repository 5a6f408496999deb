using Microsoft.Playwright;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>
/// The hall board: a party not checked in becomes a possible no-show, the organizer confirms it, the place is
/// offered to the candidate Leads matched with the partner, and the offer page says why.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExpoStandbyPagesTests(WebFixture fixture)
{
    [Fact]
    public async Task HallBoard_WhenTheOrganizerConfirmsANoShow_ShowsItAndTheOfferInChineseAndEnglish()
    {
        var accounts = new AccountSetup(fixture);
        var email = AccountSetup.Email("organizer");
        await accounts.RegisterAsync(email, "organizer");
        var organizerId = await accounts.PendingIdAsync(email) ?? throw new InvalidOperationException("the organizer account is not pending");
        using (var approval = await (await accounts.AdminAsync()).PostAsync($"/api/v1/accounts/{organizerId}/approve", null))
        {
            approval.EnsureSuccessStatusCode();
        }

        var invoker = ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa, new TestCaller(organizerId, "organizer"));
        var scenario = await ExpoScenario.BuildAsync(invoker, new ExpoScenarioOptions { Slots = 1, Tables = 2, Investors = 1, Towns = 2, Enterprises = 0, Interpreters = 0 });
        var (investor, absent, candidate) = (Guid.Parse(scenario.Investors.First().Id), Guid.Parse(scenario.Towns.First().Id), Guid.Parse(scenario.Towns.Last().Id));
        var meeting = await RunningMeetingAsync(Guid.Parse(scenario.EventId), Guid.Parse(scenario.Tables[0].Id), investor, absent);
        await CheckInAsync(Guid.Parse(scenario.EventId), investor, candidate);
        await MatchedAsync(Guid.Parse(scenario.EventId), investor, candidate);
        var page = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(page, email, AccountSetup.Password);

        // The standby worker marks the absent party within seconds; the board refreshes itself, the test reloads sooner.
        await page.GotoAsync($"/workspace/expo/events/{scenario.EventId}/hall");
        var confirm = page.Locator($"[data-meeting='{meeting}'] [data-party='{absent}'] [data-testid=confirm-no-show]");
        for (var tries = 0; tries < 30 && await confirm.CountAsync() == 0; tries++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        await Assertions.Expect(page.Locator($"[data-party='{absent}']").First).ToContainTextAsync("疑似缺席");
        await PageChecks.AssertAccessibleAsync(page);
        await confirm.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var row = page.Locator($"[data-meeting='{meeting}'][data-status='no-show']");
        for (var tries = 0; tries < 10 && await row.CountAsync() == 0; tries++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        Assert.True(await row.CountAsync() == 1, await page.Locator("main").InnerTextAsync());
        await Assertions.Expect(page.Locator("[data-testid=board-offers] li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=board-offers]")).ToContainTextAsync(scenario.Towns.Last().Registration.Name);
        var english = await fixture.NewPageAsync("en");
        await WebFixture.SignInAsync(english, email, AccountSetup.Password);
        await english.GotoAsync($"/workspace/expo/events/{scenario.EventId}/hall");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Hall board");
        await Assertions.Expect(english.Locator($"[data-party='{absent}']").First).ToContainTextAsync("No-show (confirmed)");
        await Assertions.Expect(english.Locator("#offers-heading")).ToHaveTextAsync("Standby offers");
        Assert.Equal(1, await TestDatabase.CountAsync(fixture.System.Database("expo"), "select count(*) from standby_offers where meeting_id = $1 and offered_to_id = $2 and status = 'offered'", meeting, candidate));
        var offer = await TestDatabase.GuidAsync(fixture.System.Database("expo"), "select id from standby_offers where meeting_id = $1", meeting);
        await page.GotoAsync($"/expo/standby-offers/{offer}");
        await Assertions.Expect(page.Locator("[data-testid=offer-reason]")).ToContainTextAsync("双向匹配");
        await Assertions.Expect(page.Locator("[data-testid=offer-match]")).ToContainTextAsync("匹配度 73.5/100");
        await Assertions.Expect(page.Locator("[data-testid=offer-match]")).ToContainTextAsync("行业匹配：金属制品业");
        await PageChecks.AssertAccessibleAsync(page);
        await english.GotoAsync($"/expo/standby-offers/{offer}");
        await Assertions.Expect(english.Locator("[data-testid=offer-reason]")).ToContainTextAsync("two-sided matching");
        await Assertions.Expect(english.Locator("[data-testid=offer-match]")).ToContainTextAsync("Match 73.5/100: Industry fits: metal products");
        await page.Context.CloseAsync();
        await english.Context.CloseAsync();
    }

    /// <summary>A slot that started 15 minutes ago and a meeting placed in it (as a booking would: with its occupancy).</summary>
    private async Task<Guid> RunningMeetingAsync(Guid eventId, Guid table, Guid investor, Guid town)
    {
        var database = fixture.System.Database("expo");
        var slot = await TestDatabase.GuidAsync(database, "insert into slots (id, event_id, starts_at, ends_at) values (gen_random_uuid(), $1, now() - interval '15 minutes', now() + interval '1 hour') returning id", eventId);
        var meeting = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(database, "insert into meetings (id, event_id, status, slot_id, table_id, weight, attendee_ids, locked, created_at, version) values ($1, $2, 'scheduled', $3, $4, 1, '{}', true, now(), 0)", meeting, eventId, slot, table);
        await TestDatabase.ExecuteAsync(database, "insert into meeting_parties (meeting_id, participant_id) values ($1, $2), ($1, $3)", meeting, investor, town);
        await TestDatabase.ExecuteAsync(
            database,
            "insert into slot_occupancy (event_id, slot_id, resource_kind, resource_id, meeting_id) values ($1, $2, 'participant', $3, $5), ($1, $2, 'participant', $4, $5), ($1, $2, 'table', $6, $5)",
            eventId, slot, investor, town, meeting, table);
        return meeting;
    }

    /// <summary>Leads' two-sided match of the two, as Expo keeps it (both directions).</summary>
    private Task MatchedAsync(Guid eventId, Guid one, Guid other) => TestDatabase.ExecuteAsync(
        fixture.System.Database("expo"),
        "insert into standby_matches (event_id, participant_id, other_participant_id, score, reason, reason_en, scored_at) values ($1, $2, $3, 73.5, '行业匹配：金属制品业', 'Industry fits: metal products', now()), ($1, $3, $2, 73.5, '行业匹配：金属制品业', 'Industry fits: metal products', now())",
        eventId, one, other);

    private Task CheckInAsync(Guid eventId, params Guid[] participants) => TestDatabase.ExecuteAsync(
        fixture.System.Database("expo"),
        "insert into venue_check_ins (id, event_id, participant_id, method, checked_in_by, checked_in_at) select gen_random_uuid(), $1, p, 'search', 'desk', now() from unnest($2::uuid[]) p",
        eventId, participants);
}
