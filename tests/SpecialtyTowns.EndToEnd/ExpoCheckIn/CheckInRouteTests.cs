using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.ExpoBookings;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoCheckIn;

/// <summary>The venue check-in route through the gateway: 201 then 200, one row under concurrency, an altered badge 400 naming <c>badge</c>.</summary>
[Collection(SystemCollection.Name)]
public sealed class CheckInRouteTests(SystemFixture fixture)
{
    [Fact]
    public async Task CheckIn_WhenPostedTwiceAndThenByTwentyDesksAtOnce_AnswersCreatedThenOkWithOneRow()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 1, interpreters: 0, participants: 2);
        var path = $"/api/v1/expo/events/{scene.EventId}/check-ins";

        using var first = await scene.Organizer.PostAsJsonAsync(path, new { participantId = scene.Participants[0] });
        using var again = await scene.Organizer.PostAsJsonAsync(path, new { participantId = scene.Participants[0] });
        var racing = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => scene.Organizer.PostAsJsonAsync(path, new { participantId = scene.Participants[1] })));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(racing, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{r.StatusCode}"));
        Assert.Equal(1, await TestDatabase.CountAsync(scene.Database, "select count(*) from venue_check_ins where participant_id = $1", scene.Participants[1]));
        foreach (var response in racing)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task CheckIn_WhenTheBadgeIsAlteredByOneCharacter_Answers400NamingBadgeAndStoresNothing()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 1, interpreters: 0, participants: 1);
        var investor = fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = scene.Subjects[0].ToString(), ["role"] = "investor" }));
        var badge = (await investor.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{scene.EventId}/badge")).GetProperty("token").GetString()!;
        var altered = badge[..^5] + (badge[^5] == 'x' ? 'y' : 'x') + badge[^4..];

        using var refused = await scene.Organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/check-ins", new { badge = altered });
        using var byParticipant = await investor.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/check-ins", new { badge });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("badge", out _));
        Assert.Equal(HttpStatusCode.Forbidden, byParticipant.StatusCode);
        Assert.Equal(0, await TestDatabase.CountAsync(scene.Database, "select count(*) from venue_check_ins where event_id = $1", scene.EventId));
    }
}
