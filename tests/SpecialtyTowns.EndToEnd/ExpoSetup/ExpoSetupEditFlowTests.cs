using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.ExpoBookings;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoSetup;

/// <summary>Editing and deleting set-up items through the gateway: 409 naming the rule when placed meetings depend on them, 400 naming the field.</summary>
[Collection(SystemCollection.Name)]
public sealed class ExpoSetupEditFlowTests(SystemFixture fixture)
{
    [Fact]
    public async Task DeleteAndShrinkTable_WhenAMeetingIsPlacedAtIt_Answer409NamingTheRuleAndKeepIt()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 2, interpreters: 0, participants: 2);
        var meeting = (await scene.MeetingsAsync([scene.Participants[0]], [scene.Participants[1]], [null]))[0];
        using var booked = await scene.Organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/bookings", new { meetingId = meeting, slotId = scene.Slots[0], tableId = scene.Tables[0] });
        booked.EnsureSuccessStatusCode();
        var hallId = (await scene.Organizer.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{scene.EventId}/setup")).GetProperty("halls")[0].GetProperty("id").GetString();

        using var delete = await scene.Organizer.DeleteAsync($"/api/v1/expo/events/{scene.EventId}/tables/{scene.Tables[0]}");
        using var deleteHall = await scene.Organizer.DeleteAsync($"/api/v1/expo/events/{scene.EventId}/halls/{hallId}");
        using var shrink = await scene.Organizer.PutAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/tables/{scene.Tables[0]}", new { hallId, label = "T001", seats = 2 });
        using var bad = await scene.Organizer.PutAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/tables/{scene.Tables[1]}", new { hallId, label = "", seats = 99 });
        using var freeDelete = await scene.Organizer.DeleteAsync($"/api/v1/expo/events/{scene.EventId}/tables/{scene.Tables[1]}");

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal("meetings-placed", (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Conflict, deleteHall.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shrink.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("label", out _) && errors.TryGetProperty("seats", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.OK, freeDelete.StatusCode);
        Assert.Equal(1, await TestDatabase.CountAsync(scene.Database, "select count(*) from meetings where id = $1 and table_id = $2", meeting, scene.Tables[0]));
    }

    [Fact]
    public async Task ShrinkTable_WhenSeatsFewerThanThePlacedMeetingTakes_Answers409TableSeatsNeeded()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 1, interpreters: 0, participants: 3);
        await TestDatabase.ExecuteAsync(scene.Database, "update participants set seats = 2 where id = any($1)", scene.Participants);
        var meeting = (await scene.MeetingsAsync([scene.Participants[0]], [scene.Participants[1]], [null]))[0];
        using var booked = await scene.Organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/bookings", new { meetingId = meeting, slotId = scene.Slots[0], tableId = scene.Tables[0] });
        booked.EnsureSuccessStatusCode();
        var hallId = (await scene.Organizer.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{scene.EventId}/setup")).GetProperty("halls")[0].GetProperty("id").GetString();

        using var shrink = await scene.Organizer.PutAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/tables/{scene.Tables[0]}", new { hallId, label = "T001", seats = 3 });

        Assert.Equal(HttpStatusCode.Conflict, shrink.StatusCode);
        Assert.Equal("table-seats-needed", (await shrink.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(1, await TestDatabase.CountAsync(scene.Database, "select count(*) from tables where id = $1 and seats = 4", scene.Tables[0]));
    }
}
