using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;
using Xunit.Abstractions;

namespace SpecialtyTowns.EndToEnd.ExpoBookings;

/// <summary>
/// 1,000 bookings sent at once through the gateway, built so that the outcome is known whatever
/// order they run in: per slot, ten groups whose bookings all collide with each other and with no
/// other group's (a table wanted ten times, a participant at ten tables, an interpreter at ten
/// tables). Exactly one booking per group can succeed; every other must be 409 naming its rule.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ConcurrentBookingTests(SystemFixture fixture, ITestOutputHelper output)
{
    private const int Slots = 10;
    private const int PerGroup = 10;
    private const int TableGroups = 5;
    private const int ParticipantGroups = 3;
    private const int InterpreterGroups = 2;

    // All 1,000 are in flight at once, and the 2 shared cores of the test machine answer the last of them well
    // after the gateway's default 10 s deadline; a replica with a longer one keeps every answer the service's own.
    private static readonly Dictionary<string, string> PatientGateway = new(StringComparer.Ordinal)
    {
        ["Services__Deadline"] = "00:04:00",
    };

    [Fact]
    public async Task BookMeeting_WhenAThousandConflictingBookingsArriveAtOnce_ExactlyTheFeasibleOnesSucceed()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, Slots, tables: 55, interpreters: InterpreterGroups, participants: 173);
        var plan = Plan(scene);
        var meetings = await scene.MeetingsAsync([.. plan.Select(b => b.First)], [.. plan.Select(b => b.Second)], [.. plan.Select(b => b.Interpreter is null ? null : "en")]);
        var bookings = plan.Select((b, i) => b with { Meeting = meetings[i] }).OrderBy(_ => Random.Shared.Next()).ToList();
        await using var gateway = await fixture.System.StartGatewayReplicaAsync(PatientGateway);
        using var organizer = new HttpClient { BaseAddress = gateway.HealthBase, Timeout = TimeSpan.FromMinutes(5) };
        organizer.DefaultRequestHeaders.Authorization = scene.Organizer.DefaultRequestHeaders.Authorization;
        var clock = Stopwatch.StartNew();

        var outcomes = await Task.WhenAll(bookings.Select(async b =>
        {
            using var response = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/bookings", new
            {
                meetingId = b.Meeting,
                slotId = b.Slot,
                tableId = b.Table,
                interpreterId = b.Interpreter,
            });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (Booking: b, response.StatusCode, Rule: body.TryGetProperty("rule", out var rule) ? rule.GetString() : null);
        }));

        output.WriteLine($"{bookings.Count} bookings in {clock.Elapsed.TotalSeconds:F2} s: {bookings.Count / clock.Elapsed.TotalSeconds:F0} bookings/s");
        Assert.All(outcomes, o => Assert.True(o.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{o.StatusCode} for {o.Booking}"));
        Assert.Equal(Slots * (TableGroups + ParticipantGroups + InterpreterGroups), outcomes.Count(o => o.StatusCode == HttpStatusCode.OK));
        Assert.All(outcomes.GroupBy(o => (o.Booking.Slot, o.Booking.Group)), group => Assert.Equal(1, group.Count(o => o.StatusCode == HttpStatusCode.OK)));
        Assert.All(outcomes.Where(o => o.StatusCode == HttpStatusCode.Conflict), o => Assert.Equal(o.Booking.Rule, o.Rule));
        Assert.Equal(0, await scene.DoubleBookingsAsync());
        Assert.Equal(Slots * (TableGroups + ParticipantGroups + InterpreterGroups), await TestDatabase.CountAsync(scene.Database, "select count(*) from meetings where event_id = $1 and status = 'scheduled'", scene.EventId));
    }

    [Fact]
    public async Task BookMeeting_WhenTheSlotBelongsToAnotherEvent_Answers400NamingSlotIdAndStoresNothing()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 1, interpreters: 0, participants: 2);
        var other = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 1, interpreters: 0, participants: 0);
        var meeting = (await scene.MeetingsAsync([scene.Participants[0]], [scene.Participants[1]], [null]))[0];

        using var response = await scene.Organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/bookings", new { meetingId = meeting, slotId = other.Slots[0], tableId = scene.Tables[0] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("slotId", out _), errors.ToString());
        Assert.Equal(0, await TestDatabase.CountAsync(scene.Database, "select count(*) from slot_occupancy where meeting_id = $1", meeting));
    }

    [Fact]
    public async Task ExportTimetable_WhenMeetingsAreBooked_ListsThemAsCsvInLocalTime()
    {
        var scene = await ExpoBookingScene.CreateAsync(fixture, slots: 1, tables: 1, interpreters: 0, participants: 2);
        var meeting = (await scene.MeetingsAsync([scene.Participants[0]], [scene.Participants[1]], [null]))[0];
        using var booked = await scene.Organizer.PostAsJsonAsync($"/api/v1/expo/events/{scene.EventId}/bookings", new { meetingId = meeting });
        booked.EnsureSuccessStatusCode();

        using var response = await scene.Organizer.GetAsync($"/api/v1/expo/events/{scene.EventId}/timetable.csv?view=participants");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("投资方 1,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",09:00", lines[1].Replace(' ', ','), StringComparison.Ordinal);
        Assert.Contains("T001", lines[1], StringComparison.Ordinal);
    }

    /// <summary>Per slot: table groups (one table, ten pairs), participant groups (one hub, ten tables), interpreter groups (one interpreter, ten tables).</summary>
    private static List<PlannedBooking> Plan(ExpoBookingScene scene)
    {
        var plan = new List<PlannedBooking>();
        var p = scene.Participants;
        foreach (var slot in scene.Slots)
        {
            for (var i = 0; i < PerGroup; i++)
            {
                for (var g = 0; g < TableGroups; g++)
                {
                    var pair = (g * PerGroup) + i;
                    plan.Add(new(slot, $"table-{g}", scene.Tables[g], p[2 * pair], p[(2 * pair) + 1], null, "table-busy"));
                }

                for (var g = 0; g < ParticipantGroups; g++)
                {
                    var hub = 100 + (g * (PerGroup + 1));
                    plan.Add(new(slot, $"participant-{g}", scene.Tables[TableGroups + (g * PerGroup) + i], p[hub], p[hub + 1 + i], null, "participant-busy"));
                }

                for (var g = 0; g < InterpreterGroups; g++)
                {
                    var pair = 133 + (g * 2 * PerGroup) + (2 * i);
                    var table = TableGroups + (ParticipantGroups * PerGroup) + (g * PerGroup) + i;
                    plan.Add(new(slot, $"interpreter-{g}", scene.Tables[table], p[pair], p[pair + 1], scene.Interpreters[g], "interpreter-busy"));
                }
            }
        }

        return plan;
    }

    private sealed record PlannedBooking(Guid Slot, string Group, Guid Table, Guid First, Guid Second, Guid? Interpreter, string Rule)
    {
        public Guid Meeting { get; init; }
    }
}
