using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.ExpoBookings;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoAgenda;

/// <summary>
/// An event (Asia/Shanghai, slots from 09:00 local) whose first participant has meetings with the
/// others, booked through the gateway by the organizer, and that participant's own signed-in client.
/// </summary>
public sealed class AgendaScene
{
    private AgendaScene(SystemFixture fixture, ExpoBookingScene booking, HttpClient participant)
    {
        Fixture = fixture;
        Booking = booking;
        Participant = participant;
    }

    public SystemFixture Fixture { get; }

    public ExpoBookingScene Booking { get; }

    public HttpClient Participant { get; }

    public Guid EventId => Booking.EventId;

    public static async Task<AgendaScene> CreateAsync(SystemFixture fixture, int slots, int others)
    {
        var booking = await ExpoBookingScene.CreateAsync(fixture, slots, tables: 3, interpreters: 0, participants: others + 1);
        var participant = fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = booking.Subjects[0].ToString(), ["role"] = "investor" }));
        return new AgendaScene(fixture, booking, participant);
    }

    /// <summary>Meetings of the first participant with each other one, booked in slot i at table i % 3.</summary>
    public async Task<Guid[]> BookMeetingsAsync(int count)
    {
        var meetings = await Booking.MeetingsAsync(
            [.. Enumerable.Repeat(Booking.Participants[0], count)],
            [.. Enumerable.Range(1, count).Select(i => Booking.Participants[i])],
            new string?[count]);
        for (var i = 0; i < count; i++)
        {
            await BookAsync(meetings[i], i, i % Booking.Tables.Length);
        }

        return meetings;
    }

    /// <summary>
    /// Books the meeting there. On a loaded machine the gateway's deadline may pass first (504, or 503 from
    /// its breaker); booking the same place again is a no-op when it did go through, so it is asked again.
    /// </summary>
    public async Task BookAsync(Guid meeting, int slot, int table)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var booked = await Booking.Organizer.PostAsJsonAsync($"/api/v1/expo/events/{EventId}/bookings", new { meetingId = meeting, slotId = Booking.Slots[slot], tableId = Booking.Tables[table] });
            if (attempt < 3 && booked.StatusCode is System.Net.HttpStatusCode.GatewayTimeout or System.Net.HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                continue;
            }

            Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());
            return;
        }
    }

    public async Task<string> CreateFeedAsync()
    {
        using var created = await Participant.PostAsync($"/api/v1/expo/events/{EventId}/calendar-feed", null);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
    }

    /// <summary>The slot's start as stored (UTC).</summary>
    public async Task<DateTimeOffset> SlotStartAsync(int slot) =>
        DateTimeOffset.FromUnixTimeSeconds(await TestDatabase.CountAsync(Booking.Database, "select extract(epoch from starts_at)::bigint from slots where id = $1", Booking.Slots[slot]));
}
