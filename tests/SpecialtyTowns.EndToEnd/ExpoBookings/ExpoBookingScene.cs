using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoBookings;

/// <summary>
/// An event created through the gateway by its own organizer, with halls, tables, slots,
/// interpreters, approved participants and accepted meetings written straight into the Expo
/// database in a few set-based statements (1,000 meetings in well under a second), so that a
/// test controls exactly which bookings collide.
/// </summary>
public sealed class ExpoBookingScene
{
    private static readonly DateOnly Opening = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(10);
    private readonly SystemFixture _fixture;

    private ExpoBookingScene(SystemFixture fixture, HttpClient organizer, Guid eventId)
    {
        _fixture = fixture;
        Organizer = organizer;
        EventId = eventId;
    }

    public HttpClient Organizer { get; }

    public Guid EventId { get; }

    public Guid[] Slots { get; private set; } = [];

    public Guid[] Tables { get; private set; } = [];

    public Guid[] Interpreters { get; private set; } = [];

    /// <summary>Participants by index, each an approved investor whose account is <see cref="Subjects"/>[i].</summary>
    public Guid[] Participants { get; private set; } = [];

    public Guid[] Subjects { get; private set; } = [];

    public string Database => _fixture.System.Database("expo");

    public static async Task<ExpoBookingScene> CreateAsync(SystemFixture fixture, int slots, int tables, int interpreters, int participants)
    {
        var organizer = fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "organizer" }));
        using var created = await organizer.PostAsJsonAsync("/api/v1/expo/events", new
        {
            name = "并发预约 " + Guid.NewGuid().ToString("N")[..8],
            startsOn = Opening.ToString("yyyy-MM-dd"),
            endsOn = Opening.ToString("yyyy-MM-dd"),
            timeZone = "Asia/Shanghai",
        });
        created.EnsureSuccessStatusCode();
        var eventId = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var scene = new ExpoBookingScene(fixture, organizer, eventId)
        {
            Slots = New(slots),
            Tables = New(tables),
            Interpreters = New(interpreters),
            Participants = New(participants),
            Subjects = New(participants),
        };
        var hall = Guid.NewGuid();
        var start = new DateTimeOffset(Opening.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        await TestDatabase.ExecuteAsync(scene.Database, "insert into halls (id, event_id, name, position) values ($1, $2, '一号馆', 0)", hall, eventId);
        await TestDatabase.ExecuteAsync(
            scene.Database,
            "insert into tables (id, event_id, hall_id, label, seats, zone) select id, $2, $3, 'T' || lpad(n::text, 3, '0'), 4, '洽谈区' from unnest($1::uuid[]) with ordinality as t(id, n)",
            scene.Tables, eventId, hall);
        await TestDatabase.ExecuteAsync(
            scene.Database,
            "insert into slots (id, event_id, starts_at, ends_at) select id, $2, $3 + (n - 1) * interval '30 minutes', $3 + (n - 1) * interval '30 minutes' + interval '25 minutes' from unnest($1::uuid[]) with ordinality as s(id, n)",
            scene.Slots, eventId, start);
        await TestDatabase.ExecuteAsync(
            scene.Database,
            "insert into interpreters (id, event_id, name, languages) select id, $2, '译员 ' || n, '{en}' from unnest($1::uuid[]) with ordinality as i(id, n)",
            scene.Interpreters, eventId);
        await TestDatabase.ExecuteAsync(
            scene.Database,
            """
            insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at, decided_by, decided_at)
            select p.id, $3, 'investor', s.subject, '投资方 ' || p.n, '{zh}', 1, 'approved', 'e2e', now(), 'e2e', now()
            from unnest($1::uuid[]) with ordinality as p(id, n) join unnest($2::uuid[]) with ordinality as s(subject, n) on s.n = p.n
            """,
            scene.Participants, scene.Subjects, eventId);
        return scene;
    }

    /// <summary>Accepted, unscheduled meetings, the i-th between <paramref name="first"/>[i] and <paramref name="second"/>[i].</summary>
    public async Task<Guid[]> MeetingsAsync(Guid[] first, Guid[] second, string?[] languages)
    {
        var ids = New(first.Length);
        await TestDatabase.ExecuteAsync(
            Database,
            """
            insert into meetings (id, event_id, status, interpreter_language, weight, attendee_ids, locked, created_at, version)
            select id, $2, 'unscheduled', language, 1, '{}', false, now(), 0 from unnest($1::uuid[], $3::text[]) as m(id, language)
            """,
            ids, EventId, languages);
        await TestDatabase.ExecuteAsync(
            Database,
            "insert into meeting_parties (meeting_id, participant_id) select m, a from unnest($1::uuid[], $2::uuid[]) as x(m, a) union all select m, b from unnest($1::uuid[], $3::uuid[]) as y(m, b)",
            ids, first, second);
        return ids;
    }

    /// <summary>
    /// Every way two of the event's scheduled meetings could share a participant, a table or an
    /// interpreter in a slot, counted from the meetings themselves and from the occupancy rows.
    /// </summary>
    public Task<long> DoubleBookingsAsync() => TestDatabase.CountAsync(
        Database,
        """
        select (select count(*) from (select m.slot_id, p.participant_id from meetings m join meeting_parties p on p.meeting_id = m.id
                                      where m.event_id = $1 and m.status = 'scheduled' group by 1, 2 having count(*) > 1) x)
             + (select count(*) from (select slot_id, table_id from meetings where event_id = $1 and status = 'scheduled' group by 1, 2 having count(*) > 1) x)
             + (select count(*) from (select slot_id, interpreter_id from meetings where event_id = $1 and status = 'scheduled' and interpreter_id is not null
                                      group by 1, 2 having count(*) > 1) x)
             + (select count(*) from (select slot_id, resource_kind, resource_id from slot_occupancy where event_id = $1 group by 1, 2, 3 having count(*) > 1) x)
        """,
        EventId);

    private static Guid[] New(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];
}
