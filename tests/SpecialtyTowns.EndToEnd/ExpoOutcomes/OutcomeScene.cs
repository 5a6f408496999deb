using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoOutcomes;

/// <summary>
/// A town registered through Towns (known to Leads), an investor account with its organisation saved in
/// Leads, and an event of their own with one placed meeting between them, written into Expo's database.
/// </summary>
public sealed class OutcomeScene
{
    private OutcomeScene(SystemFixture fixture) => Fixture = fixture;

    public SystemFixture Fixture { get; }

    public Guid TownId { get; private set; }

    public Guid InvestorUserId { get; private set; }

    public HttpClient Investor { get; private set; } = null!;

    public HttpClient Town { get; private set; } = null!;

    public HttpClient Organizer { get; private set; } = null!;

    public Guid EventId { get; private set; }

    public Guid MeetingId { get; private set; }

    public string Expo => Fixture.System.Database("expo");

    public string Leads => Fixture.System.Database("leads");

    public static async Task<OutcomeScene> CreateAsync(SystemFixture fixture)
    {
        var scene = new OutcomeScene(fixture);
        var townId = await fixture.RegisterTownAsync("展会结果", waitForEnterprises: false);
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{townId}"), TimeSpan.FromSeconds(60), "the town in Leads");
        scene.TownId = Guid.Parse(townId);
        scene.InvestorUserId = Guid.NewGuid();
        scene.Investor = scene.Client("investor", scene.InvestorUserId, null);
        scene.Town = scene.Client("town", Guid.NewGuid(), townId);
        scene.Organizer = scene.Client("organizer", Guid.NewGuid(), null);
        using var saved = await scene.Investor.PutAsJsonAsync("/api/v1/investors/me", new { name = $"山西展会结果{Guid.NewGuid():N}投资有限公司", type = "company", consentToContact = true });
        saved.EnsureSuccessStatusCode();
        scene.EventId = await scene.EventAsync();
        scene.MeetingId = await scene.PlacedMeetingAsync(await scene.ParticipantAsync("investor", scene.InvestorUserId), await scene.ParticipantAsync("town", scene.TownId));
        return scene;
    }

    public HttpClient Client(string role, Guid subject, string? townId)
    {
        var claims = new Dictionary<string, string> { ["sub"] = subject.ToString(), ["role"] = role };
        if (townId is not null)
        {
            claims["town_id"] = townId;
        }

        return Fixture.NewClient(TestTokens.Mint(Fixture.System.Keys.Rsa, claims));
    }

    public async Task<HttpResponseMessage> RecordAsync(HttpClient caller, object body) =>
        await caller.PostAsJsonAsync($"/api/v1/expo/meetings/{MeetingId}/outcome", body);

    /// <summary>Expo's MeetingOutcomeRecorded outbox rows of the meeting (their ids are the message ids).</summary>
    public async Task<List<Guid>> OutcomeMessagesAsync()
    {
        var count = await TestDatabase.CountAsync(Expo, "select count(*) from outbox_messages where message_type like '%meeting-outcome-recorded%' and payload::text like $1", "%" + MeetingId + "%");
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await TestDatabase.GuidAsync(Expo, "select id from outbox_messages where message_type like '%meeting-outcome-recorded%' and payload::text like $1 order by occurred_at, id offset $2 limit 1", "%" + MeetingId + "%", i));
        }

        return ids;
    }

    private async Task<Guid> EventAsync()
    {
        var opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(11).ToString("yyyy-MM-dd");
        using var created = await Organizer.PostAsJsonAsync("/api/v1/expo/events", new { name = "展会结果 " + Guid.NewGuid().ToString("N")[..8], startsOn = opening, endsOn = opening, timeZone = "Asia/Shanghai" });
        created.EnsureSuccessStatusCode();
        return Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    private Task<Guid> ParticipantAsync(string kind, Guid subject) => TestDatabase.GuidAsync(
        Expo,
        """
        insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at)
        values ($1, $2, $3, $4, '结果参会方 ' || left($1::text, 6), '{zh}', 1, 'approved', 'e2e', now()) returning id
        """,
        Guid.NewGuid(), EventId, kind, subject);

    private async Task<Guid> PlacedMeetingAsync(Guid investor, Guid town)
    {
        var hall = Guid.NewGuid();
        var table = Guid.NewGuid();
        var slot = Guid.NewGuid();
        var id = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(Expo, "insert into halls (id, event_id, name, position) values ($1, $2, '结果馆', 0)", hall, EventId);
        await TestDatabase.ExecuteAsync(Expo, "insert into tables (id, event_id, hall_id, label, seats, zone) values ($1, $2, $3, 'R1', 4, null)", table, EventId, hall);
        await TestDatabase.ExecuteAsync(Expo, "insert into slots (id, event_id, starts_at, ends_at) values ($1, $2, now() - interval '1 hour', now() - interval '35 minutes')", slot, EventId);
        await TestDatabase.ExecuteAsync(
            Expo,
            "insert into meetings (id, event_id, status, slot_id, table_id, weight, attendee_ids, locked, created_at, version) values ($1, $2, 'scheduled', $3, $4, 1, '{}', false, now(), 1)",
            id, EventId, slot, table);
        await TestDatabase.ExecuteAsync(Expo, "insert into meeting_parties (meeting_id, participant_id) values ($1, $2), ($1, $3)", id, investor, town);
        return id;
    }
}
