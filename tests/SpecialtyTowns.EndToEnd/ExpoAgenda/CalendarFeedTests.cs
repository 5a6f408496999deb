using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.ExpoAgenda;

/// <summary>
/// The calendar feed through the gateway, as Mozilla's ical.js reads it: every meeting at its
/// instant through the feed's own VTIMEZONE, UIDs that survive a move, SEQUENCE raised by a move
/// and a cancellation, cancelled meetings kept; ETag revalidation; revoked and rotated tokens 404.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CalendarFeedTests(SystemFixture fixture)
{
    [Fact]
    public async Task Feed_WhenParsedByIcalJs_HasEveryMeetingAtItsInstantInTheEventZone()
    {
        var scene = await AgendaScene.CreateAsync(fixture, slots: 4, others: 3);
        var meetings = await scene.BookMeetingsAsync(3);
        var url = await scene.CreateFeedAsync();

        using var response = await fixture.NewClient().GetAsync(url);
        var feed = await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Asia/Shanghai"], feed.GetProperty("timezones").EnumerateArray().Select(z => z.GetString()));
        Assert.Equal("PT15M", feed.GetProperty("refreshInterval").GetString());
        Assert.Equal("PT15M", feed.GetProperty("publishedTtl").GetString());
        var events = feed.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(meetings.Select(m => $"{m}@specialtytowns").Order(), events.Select(e => e.GetProperty("uid").GetString()).Order());
        for (var i = 0; i < meetings.Length; i++)
        {
            var calendarEvent = events.Single(e => e.GetProperty("uid").GetString() == $"{meetings[i]}@specialtytowns");
            var start = await scene.SlotStartAsync(i);
            Assert.Equal("Asia/Shanghai", calendarEvent.GetProperty("tzid").GetString());
            Assert.Equal(start, DateTimeOffset.Parse(calendarEvent.GetProperty("start").GetProperty("utc").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(start.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), calendarEvent.GetProperty("start").GetProperty("local").GetString());
            Assert.Equal("CONFIRMED", calendarEvent.GetProperty("status").GetString());
            Assert.Contains($"T{(i % 3) + 1:D3}", calendarEvent.GetProperty("location").GetString(), StringComparison.Ordinal);
            Assert.Contains("一号馆", calendarEvent.GetProperty("location").GetString(), StringComparison.Ordinal);
            Assert.Contains("投资方", calendarEvent.GetProperty("description").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Feed_WhenAMeetingMovesAndAnotherIsCancelled_KeepsUidsRaisesSequenceAndKeepsTheCancellation()
    {
        var scene = await AgendaScene.CreateAsync(fixture, slots: 4, others: 2);
        var meetings = await scene.BookMeetingsAsync(2);
        var url = await scene.CreateFeedAsync();
        var anonymous = fixture.NewClient();
        using var first = await anonymous.GetAsync(url);
        var before = await IcalJs.ParseAsync(await first.Content.ReadAsStringAsync());

        await scene.BookAsync(meetings[0], slot: 3, table: 2);
        using var cancelled = await scene.Booking.Organizer.PostAsJsonAsync($"/api/v1/expo/meetings/{meetings[1]}/cancel", new { reason = "行程变更 travel" });
        cancelled.EnsureSuccessStatusCode();
        using var changed = await SendAsync(anonymous, url, first.Headers.ETag);
        var after = await IcalJs.ParseAsync(await changed.Content.ReadAsStringAsync());
        using var unchanged = await SendAsync(anonymous, url, changed.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(first.Headers.ETag, changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        var moved = Event(after, meetings[0]);
        Assert.True(moved.GetProperty("sequence").GetInt32() > Event(before, meetings[0]).GetProperty("sequence").GetInt32());
        Assert.Equal(await scene.SlotStartAsync(3), DateTimeOffset.Parse(moved.GetProperty("start").GetProperty("utc").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("CONFIRMED", moved.GetProperty("status").GetString());
        var cancelledEvent = Event(after, meetings[1]);
        Assert.Equal("CANCELLED", cancelledEvent.GetProperty("status").GetString());
        Assert.True(cancelledEvent.GetProperty("sequence").GetInt32() > Event(before, meetings[1]).GetProperty("sequence").GetInt32());
        Assert.Equal(await scene.SlotStartAsync(1), DateTimeOffset.Parse(cancelledEvent.GetProperty("start").GetProperty("utc").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Feed_WhenRevokedOrRotated_OldTokenAnswers404()
    {
        var scene = await AgendaScene.CreateAsync(fixture, slots: 2, others: 1);
        await scene.BookMeetingsAsync(1);
        var anonymous = fixture.NewClient();
        var rotatedAway = await scene.CreateFeedAsync();
        var current = await scene.CreateFeedAsync();

        using var oldAnswer = await anonymous.GetAsync(rotatedAway);
        using var currentAnswer = await anonymous.GetAsync(current);
        using var revoked = await scene.Participant.DeleteAsync($"/api/v1/expo/events/{scene.EventId}/calendar-feed");
        using var afterRevoke = await anonymous.GetAsync(current);
        using var unknown = await anonymous.GetAsync("/api/v1/expo/calendar/" + new string('A', 43) + ".ics");

        Assert.Equal(HttpStatusCode.NotFound, oldAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, currentAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Agenda_WhenTheViewerIsInAnotherZone_NotesItsTimesAndRefusesAnUnknownZone()
    {
        var scene = await AgendaScene.CreateAsync(fixture, slots: 2, others: 1);
        var meetings = await scene.BookMeetingsAsync(1);

        var agenda = await scene.Participant.GetFromJsonAsync<JsonElement>($"/api/v1/expo/events/{scene.EventId}/agenda?viewerTimeZone=Europe/Berlin");
        using var bad = await scene.Participant.GetAsync($"/api/v1/expo/events/{scene.EventId}/agenda?viewerTimeZone=Mars/Olympus_Mons");
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();

        var meeting = agenda.GetProperty("meetings")[0];
        var start = await scene.SlotStartAsync(0);
        var berlin = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal(meetings[0].ToString(), meeting.GetProperty("meetingId").GetString());
        Assert.Equal("Asia/Shanghai", agenda.GetProperty("timeZone").GetString());
        Assert.Equal("Europe/Berlin", agenda.GetProperty("viewerTimeZone").GetString());
        Assert.Equal(start.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), meeting.GetProperty("localStartsAt").GetString());
        Assert.Equal(berlin.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), meeting.GetProperty("viewerStartsAt").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("viewerTimeZone", out _), problem.ToString());
    }

    private static JsonElement Event(JsonElement feed, Guid meeting) =>
        feed.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("uid").GetString() == $"{meeting}@specialtytowns");

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        return client.SendAsync(request);
    }
}
