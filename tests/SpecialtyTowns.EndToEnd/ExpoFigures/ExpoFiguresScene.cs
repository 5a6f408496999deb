using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoFigures;

/// <summary>
/// An event created through the gateway by its own organizer, with approved participants written
/// straight into the Expo database, checked in through the check-in route; and SignalR clients of
/// the figures hub on any gateway replica.
/// </summary>
public sealed class ExpoFiguresScene
{
    private readonly SystemFixture _fixture;

    private ExpoFiguresScene(SystemFixture fixture, string organizerToken, HttpClient organizer, Guid eventId, Guid[] participants)
    {
        _fixture = fixture;
        OrganizerToken = organizerToken;
        Organizer = organizer;
        EventId = eventId;
        Participants = participants;
    }

    public string OrganizerToken { get; }

    public HttpClient Organizer { get; }

    public Guid EventId { get; }

    public Guid[] Participants { get; }

    public static string Token(SystemFixture fixture, string role) =>
        TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = role });

    public static async Task<ExpoFiguresScene> CreateAsync(SystemFixture fixture, int participants)
    {
        var token = Token(fixture, "organizer");
        var organizer = fixture.NewClient(token);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var created = await organizer.PostAsJsonAsync("/api/v1/expo/events", new
        {
            name = "现场数据 " + Guid.NewGuid().ToString("N")[..8],
            startsOn = today.ToString("yyyy-MM-dd"),
            endsOn = today.AddDays(1).ToString("yyyy-MM-dd"),
            timeZone = "Asia/Shanghai",
        });
        created.EnsureSuccessStatusCode();
        var eventId = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var ids = Enumerable.Range(0, participants).Select(_ => Guid.NewGuid()).ToArray();
        await TestDatabase.ExecuteAsync(
            fixture.System.Database("expo"),
            """
            insert into participants (id, event_id, kind, subject_id, name, languages, seats, status, registered_by, registered_at, decided_by, decided_at)
            select id, $2, 'investor', gen_random_uuid(), '签到方 ' || n, '{zh}', 1, 'approved', 'e2e', now(), 'e2e', now()
            from unnest($1::uuid[]) with ordinality as p(id, n)
            """,
            ids, eventId);
        return new ExpoFiguresScene(fixture, token, organizer, eventId, ids);
    }

    /// <summary>Checks participant <paramref name="index"/> in at the desk (the organizer's account) through the main gateway.</summary>
    public async Task CheckInAsync(int index)
    {
        using var response = await Organizer.PostAsJsonAsync($"/api/v1/expo/events/{EventId}/check-ins", new { participantId = Participants[index].ToString(), method = "search" });
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> FiguresAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"/api/v1/expo/events/{EventId}/figures");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A started connection to the figures hub of the gateway at <paramref name="gateway"/>, signed in with <paramref name="token"/>.</summary>
    public static async Task<HubConnection> ConnectAsync(Uri gateway, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, "/hubs/expo-figures"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public Uri MainGateway => _fixture.System.GatewayAddress;
}
