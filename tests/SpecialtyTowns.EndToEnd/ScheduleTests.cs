using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class ScheduleTests(SystemFixture fixture)
{
    [Fact]
    public async Task Solve_WhenOrganizerSendsAnInstance_ReturnsTheOptimalScheduleWithEveryMeetingAccountedFor()
    {
        var organizer = Organizer();

        using var response = await organizer.PostAsJsonAsync("/api/v1/expo/schedules/solve", new { instance = ScheduleInstances.Small(), timeLimitSeconds = 5 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schedule = await response.Content.ReadFromJsonAsync<JsonElement>();
        var assigned = schedule.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("meeting").GetString()).ToList();
        var unscheduled = schedule.GetProperty("unscheduled").EnumerateArray().ToList();
        Assert.Equal(["m-1", "m-2"], assigned.Order());
        Assert.Equal("m-3", Assert.Single(unscheduled).GetProperty("meeting").GetString());
        Assert.False(string.IsNullOrWhiteSpace(unscheduled[0].GetProperty("reason").GetString()));
        Assert.Equal(5, schedule.GetProperty("stats").GetProperty("scheduledWeight").GetInt32());
        Assert.Equal(5, schedule.GetProperty("stats").GetProperty("upperBound").GetInt32());
    }

    [Fact]
    public async Task Solve_WhenInstanceNamesAnUnknownParticipant_Returns400NamingTheInstance()
    {
        var bad = new
        {
            slots = new[] { new { id = "s1", start = "2023-06-28T09:00:00+08:00", end = "2023-06-28T09:20:00+08:00" } },
            tables = new[] { new { id = "A01" } },
            participants = new[] { new { id = "inv-001", kind = "investor" } },
            meetings = new[] { new { id = "m-1", parties = new[] { "inv-001", "inv-999" } } },
        };

        using var response = await Organizer().PostAsJsonAsync("/api/v1/expo/schedules/solve", new { instance = bad, timeLimitSeconds = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("inv-999", errors.GetProperty("instance")[0].GetString(), StringComparison.Ordinal);
    }

    private HttpClient Organizer() => fixture.NewClient(TestTokens.Mint(
        fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "organizer" }));
}
