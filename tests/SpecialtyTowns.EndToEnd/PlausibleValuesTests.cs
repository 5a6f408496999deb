using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd;

/// <summary>Implausible values are refused through the gateway with the REST field named, and nothing is stored.</summary>
[Collection(SystemCollection.Name)]
public sealed class PlausibleValuesTests(SystemFixture fixture)
{
    [Theory]
    [InlineData("deadline", "1900-01-01")]
    [InlineData("contactEmail", "not-email")]
    [InlineData("contactPhone", "call me maybe")]
    public async Task CreateProject_WhenValueImplausible_Returns400NamingTheFieldAndStoresNothing(string field, string value)
    {
        var townId = await fixture.RegisterTownAsync("可信值");
        var body = JsonSerializer.SerializeToNode(World.ProjectBody(townId))!.AsObject();
        body[field] = value;

        using var response = await TownClient(townId).PostAsJsonAsync("/api/v1/projects", body);

        await AssertNamesAsync(response, field);
        Assert.Equal(0, await TestDatabase.CountAsync(fixture.System.Database("towns"), "SELECT count(*) FROM projects WHERE town_id = $1", Guid.Parse(townId)));
    }

    [Fact]
    public async Task UpdateProject_WhenBodyNamesAnotherTown_Returns400NamingTownIdAndChangesNothing()
    {
        var townId = await fixture.RegisterTownAsync("改镇");
        var otherTownId = await fixture.RegisterTownAsync("他镇");
        var town = TownClient(townId);
        using var created = await town.PostAsJsonAsync("/api/v1/projects", World.ProjectBody(townId));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var response = await fixture.Admin.PutAsJsonAsync($"/api/v1/projects/{id}", World.ProjectBody(otherTownId));

        await AssertNamesAsync(response, "townId");
        var project = await town.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.Equal(townId, project.GetProperty("townId").GetString());
        var history = await town.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/history");
        Assert.Single(history.EnumerateArray());
    }

    [Fact]
    public async Task CreateEvent_WhenDatesSpanTheCalendar_Returns400NamingStartsOn()
    {
        var organizer = Client("organizer");
        var name = "万年博览会 " + Guid.NewGuid().ToString("N")[..6];

        using var response = await organizer.PostAsJsonAsync("/api/v1/expo/events", new { name, startsOn = "0001-01-01", endsOn = "9999-12-31" });

        await AssertNamesAsync(response, "startsOn");
        Assert.Equal(0, await TestDatabase.CountAsync(fixture.System.Database("expo"), "SELECT count(*) FROM events WHERE name = $1", name));
    }

    [Fact]
    public async Task Solve_WhenInstanceIsEmpty_Returns400NamingSlotsAndMeetings()
    {
        using var response = await Client("organizer").PostAsJsonAsync("/api/v1/expo/schedules/solve", new { instance = new { } });

        await AssertNamesAsync(response, "instance.slots", "instance.meetings");
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/login")]
    public async Task Auth_WhenPasswordIsAHundredKilobytes_Returns400NamingPassword(string path)
    {
        var email = World.Email("long");

        using var response = await fixture.Gateway.PostAsJsonAsync(path, new { email, password = "Aa1" + new string('x', 100 * 1024), role = "investor" });

        await AssertNamesAsync(response, "password");
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"errors do not name {field}: {errors}");
        }
    }

    private HttpClient TownClient(string townId) => fixture.NewClient(TestTokens.Mint(
        fixture.System.Keys.Rsa,
        new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "town", ["town_id"] = townId }));

    private HttpClient Client(string role) => fixture.NewClient(TestTokens.Mint(
        fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = role }));
}
