using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoSetup;

/// <summary>An organizer sets an event up and approves registrations, through the gateway on the real servers.</summary>
[Collection(SystemCollection.Name)]
public sealed class ExpoSetupFlowTests(SystemFixture fixture)
{
    private static readonly string Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Setup_WhenOrganizerBuildsAnEventAndApprovesEveryone_TheSetupShowsItAll()
    {
        var organizer = Client(TestCaller.Organizer());
        var eventId = await EventAsync(organizer);
        var hallId = await IdAsync(await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/halls", new { name = "一号馆", nameEn = "Hall 1" }));
        using var tables = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/tables", new { tables = new[] { new { hallId, label = "A01", seats = 4, zone = "洽谈区" }, new { hallId, label = "A02", seats = 6, zone = "洽谈区" } } });
        using var session = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/sessions", new { day = Opening, startsAt = "09:00", endsAt = "11:00", meetingMinutes = 25, breakMinutes = 5 });
        using var interpreter = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/interpreters", new { name = "王译", languages = new[] { "en", "ja" } });
        using var settings = await organizer.PutAsJsonAsync($"/api/v1/expo/events/{eventId}/settings", new { venue = "大同国际会展中心", requestExpiryHours = 48, reminderHoursBefore = 6, registrationOpen = true, maxMeetingsInvestor = 10, requestRules = new[] { "investor>town", "town>investor" } });
        var participants = new[] { TestCaller.Investor(), TestCaller.Town(Guid.NewGuid()), TestCaller.Enterprise(Guid.NewGuid()) };
        foreach (var participant in participants)
        {
            using var registered = await Client(participant).PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants", new { kind = participant.Role, name = "参会方 " + participant.Role, attendees = new[] { new { name = "张三", title = "代表" } } });
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        }

        using var approved = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants/decisions", new { decision = "approve", allPending = true });
        var setup = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{eventId}/setup");

        Assert.Equal(HttpStatusCode.Created, tables.StatusCode);
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        Assert.Equal(HttpStatusCode.Created, interpreter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.Equal(3, (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participants").GetArrayLength());
        Assert.Equal(2, setup.GetProperty("tables").GetArrayLength());
        Assert.Equal(4, setup.GetProperty("slots").GetArrayLength());
        Assert.Equal("09:25", setup.GetProperty("slots")[0].GetProperty("localEndsAt").GetString()![11..16]);
        Assert.Equal(10, setup.GetProperty("settings").GetProperty("maxMeetingsInvestor").GetInt32());
        Assert.Equal(3, setup.GetProperty("participantsApproved").GetInt32());
    }

    [Theory]
    [InlineData("sessions", """{"day":"OPENING","startsAt":"10:30","endsAt":"12:00","meetingMinutes":30,"breakMinutes":0}""", "startsAt")]
    [InlineData("sessions", """{"day":"OPENING","startsAt":"14:00","endsAt":"14:20","meetingMinutes":30,"breakMinutes":0}""", "meetingMinutes")]
    [InlineData("tables", """{"tables":[{"hallId":"00000000-0000-0000-0000-000000000001","label":"X1","seats":4}]}""", "tables[0].hallId")]
    [InlineData("tables", """{"tables":[{"hallId":"HALL","label":"X2","seats":60}]}""", "tables[0].seats")]
    public async Task Setup_WhenInputIsBad_Answers400NamingTheFieldAndStoresNothing(string route, string body, string field)
    {
        var organizer = Client(TestCaller.Organizer());
        var eventId = await EventAsync(organizer);
        var hallId = await IdAsync(await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/halls", new { name = "一号馆" }));
        using var first = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/sessions", new { day = Opening, startsAt = "09:00", endsAt = "11:00", meetingMinutes = 30, breakMinutes = 0 });
        using var content = new StringContent(body.Replace("OPENING", Opening, StringComparison.Ordinal).Replace("HALL", hallId, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        using var response = await organizer.PostAsync($"/api/v1/expo/events/{eventId}/{route}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        var setup = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{eventId}/setup");
        Assert.Equal(4, setup.GetProperty("slots").GetArrayLength());
        Assert.Equal(0, setup.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public async Task Settings_WhenTimeZoneDoesNotExist_Answers400NamingTimeZone()
    {
        var organizer = Client(TestCaller.Organizer());
        var eventId = await EventAsync(organizer);

        using var response = await organizer.PutAsJsonAsync($"/api/v1/expo/events/{eventId}/settings", new { requestExpiryHours = 72, reminderHoursBefore = 12, timeZone = "Asia/Atlantis" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("timeZone", out _));
    }

    [Fact]
    public async Task Register_WhenKindIsNotTheCallers_Answers400NamingKind()
    {
        var eventId = await EventAsync(Client(TestCaller.Organizer()));

        using var response = await Client(TestCaller.Investor()).PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants", new { kind = "town", name = "冒充的小镇" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Register_WhenTheSameInvestorRegistersTwiceAtOnce_GivesOneParticipant()
    {
        var organizer = Client(TestCaller.Organizer());
        var eventId = await EventAsync(organizer);
        var investor = Client(TestCaller.Investor());

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => investor.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants", new { kind = "investor", name = "晋商资本" })));

        var ids = await Task.WhenAll(responses.Select(IdAsync));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, (await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{eventId}/participants")).GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Setup_WhenAnotherOrganizersEvent_Answers404AndChangesNothing()
    {
        var eventId = await EventAsync(Client(TestCaller.Organizer()));
        var stranger = Client(TestCaller.Organizer());

        using var read = await stranger.GetAsync($"/api/v1/expo/events/{eventId}/setup");
        using var write = await stranger.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/halls", new { name = "别人的馆" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }

    [Fact]
    public async Task ApproveOne_WhenTheIdempotencyKeyIsBad_Answers400NotNotFoundAndLeavesItPending()
    {
        var organizer = Client(TestCaller.Organizer());
        var eventId = await EventAsync(organizer);
        var investor = TestCaller.Investor();
        var participantId = await IdAsync(await Client(investor).PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants", new { kind = "investor", name = "晋商投资" }));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/expo/events/{eventId}/participants/{participantId}/approve");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 500));

        using var response = await organizer.SendAsync(request);
        using var unknown = await organizer.PostAsync($"/api/v1/expo/events/{eventId}/participants/{Guid.NewGuid()}/approve", null);
        var list = await organizer.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{eventId}/participants");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("pending", list.GetProperty("participants")[0].GetProperty("status").GetString());
    }

    private static async Task<string> IdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }
    }

    private async Task<string> EventAsync(HttpClient organizer) =>
        await IdAsync(await organizer.PostAsJsonAsync("/api/v1/expo/events", new { name = "洽谈会 " + Guid.NewGuid().ToString("N")[..8], city = "大同", startsOn = Opening, endsOn = Opening }));

    private HttpClient Client(TestCaller caller) => fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, caller.Claims()));
}
