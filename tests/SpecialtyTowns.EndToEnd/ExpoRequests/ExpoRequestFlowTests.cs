using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoRequests;

/// <summary>Meeting requests through the gateway on the real servers: consent, concurrency, bad input, who sees what.</summary>
[Collection(SystemCollection.Name)]
public sealed class ExpoRequestFlowTests(SystemFixture fixture)
{
    [Fact]
    public async Task Accept_WhenTheLastPartyAccepts_MakesTheMeetingAndBothInboxesSayIt()
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);
        var id = await world.SendAsync(world.Investor(0), world.Town(0));

        using var accepted = await world.As(world.Town(0)).PostAsync($"/api/v1/expo/meeting-requests/{id}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("meetingId").GetString()));
        var inbox = await world.As(world.Investor(0)).GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{world.EventId}/notifications");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "request-accepted");
        var received = await world.As(world.Town(0)).GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{world.EventId}/meeting-requests?box=received");
        Assert.Equal(id, received.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Accept_WhenFourInvitedPartiesAnswerAtOnce_MakesExactlyOneMeeting()
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);
        var invited = new[] { world.Town(0), world.Town(1), world.Enterprise(0), world.Enterprise(1) };
        var id = await world.SendAsync(world.Investor(0), invited);

        var answers = await Task.WhenAll(invited.Select(async p =>
        {
            using var response = await world.As(p).PostAsync($"/api/v1/expo/meeting-requests/{id}/accept", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }));

        var meetingIds = answers.Select(a => a.GetProperty("meetingId").GetString()).Where(m => !string.IsNullOrEmpty(m)).Distinct().ToList();
        Assert.Single(meetingIds);
        var overview = await world.As(world.Scenario.Organizer).GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{world.EventId}/meeting-requests/overview");
        Assert.Equal(1, overview.GetProperty("counts").GetProperty("accepted").GetInt32());
    }

    [Theory]
    [InlineData("self", "toParticipantIds")]
    [InlineData("unknown", "toParticipantIds")]
    [InlineData("same-kind", "toParticipantIds")]
    [InlineData("long-message", "message")]
    [InlineData("malformed", "toParticipantIds[0]")]
    public async Task Send_WhenTheInputIsWrong_Answers400NamingTheFieldAndStoresNothing(string wrong, string field)
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);
        var to = wrong switch
        {
            "self" => world.Investor(0).Id,
            "unknown" => Guid.NewGuid().ToString(),
            "same-kind" => world.Investor(1).Id,
            "malformed" => "not-a-participant",
            _ => world.Town(0).Id,
        };

        using var response = await world.As(world.Investor(0)).PostAsJsonAsync(
            $"/api/v1/expo/events/{world.EventId}/meeting-requests",
            new { toParticipantIds = new[] { to }, message = wrong == "long-message" ? new string('谈', 1001) : "你好" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var sent = await world.As(world.Investor(0)).GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{world.EventId}/meeting-requests");
        Assert.Equal(0, sent.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task MarkRead_WhenAnIdIsNull_Answers400NamingTheItem()
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);

        using var response = await world.As(world.Investor(0)).PostAsync(
            $"/api/v1/expo/events/{world.EventId}/notifications/read",
            new StringContent("{\"ids\":[null]}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("ids[0]", out _), problem.ToString());
    }

    [Fact]
    public async Task Decline_WhenTheReasonHoldsANulCharacter_Answers400NamingReasonAndLeavesTheRequestPending()
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);
        var id = await world.SendAsync(world.Investor(0), world.Town(0));

        using var response = await world.As(world.Town(0)).PostAsJsonAsync($"/api/v1/expo/meeting-requests/{id}/decline", new { reason = "日程\u0000冲突" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _), problem.ToString());
        var request = await world.As(world.Town(0)).GetFromJsonAsync<JsonElement>($"/api/v1/expo/meeting-requests/{id}");
        Assert.Equal("pending", request.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Requests_WhenSomeoneElseLooksOrAnswers_Answers404AndTheRuleRefusals409()
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);
        using var other = await ExpoRequestWorld.BuildAsync(fixture);
        var id = await world.SendAsync(world.Investor(0), world.Town(0));

        using var stranger = await world.As(world.Town(1)).PostAsync($"/api/v1/expo/meeting-requests/{id}/accept", null);
        using var strangerRead = await world.As(world.Town(1)).GetAsync($"/api/v1/expo/meeting-requests/{id}");
        using var otherOrganizer = await world.As(other.Scenario.Organizer).GetAsync($"/api/v1/expo/events/{world.EventId}/meeting-requests/overview");
        using var recipientCancels = await world.As(world.Town(0)).PostAsync($"/api/v1/expo/meeting-requests/{id}/cancel", null);
        using var declined = await world.As(world.Town(0)).PostAsJsonAsync($"/api/v1/expo/meeting-requests/{id}/decline", new { reason = "档期已满 fully booked" });
        using var late = await world.As(world.Town(0)).PostAsync($"/api/v1/expo/meeting-requests/{id}/accept", null);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherOrganizer.StatusCode);
        Assert.Equal("only-sender-cancels", await RuleAsync(recipientCancels, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("request-closed", await RuleAsync(late, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Counter_WhenTheTownProposesAnotherSlot_TheInvestorMustAcceptAgain()
    {
        using var world = await ExpoRequestWorld.BuildAsync(fixture);
        var id = await world.SendAsync(world.Investor(0), world.Town(0));

        using var countered = await world.As(world.Town(0)).PostAsJsonAsync($"/api/v1/expo/meeting-requests/{id}/counter", new { proposedSlotId = world.Scenario.Slots[2].Id, note = "下午更方便 afternoon suits us" });
        var pending = await (await world.As(world.Investor(0)).GetAsync($"/api/v1/expo/meeting-requests/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        using var agreed = await world.As(world.Investor(0)).PostAsync($"/api/v1/expo/meeting-requests/{id}/accept", null);

        Assert.Equal(HttpStatusCode.OK, countered.StatusCode);
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(world.Scenario.Slots[2].Id, pending.GetProperty("proposedSlotId").GetString());
        Assert.Equal("accepted", (await agreed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private static async Task<string?> RuleAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("rule", out var rule) ? rule.GetString() : problem.ToString();
    }
}
