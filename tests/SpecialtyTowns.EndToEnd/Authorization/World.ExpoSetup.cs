using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Set-up and registration data of the world's events: a hall in each, fresh slots for the routes
/// that move or delete one, registrations of the participant actors, and distinct time windows so
/// that no two successful calls ask for overlapping slots.
/// </summary>
public sealed partial class World
{
    private static int _window;
    private static int _sessionWindow;
    private readonly Dictionary<string, string> _halls = [];
    private string? _selfServiceEvent;

    /// <summary>The event the caller owns (an admin any) or another organizer's, with "{eventId} {secondId}" for two-parameter routes.</summary>
    public string EventFor(bool owned) => owned ? EventA : EventB;

    public async Task<string> HallOfAsync(string eventId)
    {
        if (!_halls.TryGetValue(eventId, out var hall))
        {
            hall = await CreateAsync(fixture.Admin, $"/api/v1/expo/events/{eventId}/halls", new { name = "矩阵馆 " + Guid.NewGuid().ToString("N")[..6] });
            _halls[eventId] = hall;
        }

        return hall;
    }

    /// <summary>A new slot of the event (made by the admin), for the routes that move or delete one: "{eventId} {slotId}".</summary>
    public async Task<string> FreshSlotAsync(bool owned)
    {
        var eventId = EventFor(owned);
        var (startsAt, endsAt) = NextSlotWindow();
        var slot = await CreateAsync(fixture.Admin, $"/api/v1/expo/events/{eventId}/slots", new { startsAt, endsAt });
        return $"{eventId} {slot}";
    }

    /// <summary>A slot window of 20 minutes on the event's third day that no other call of the matrix uses.</summary>
    public static (DateTimeOffset StartsAt, DateTimeOffset EndsAt) NextSlotWindow()
    {
        var n = Interlocked.Increment(ref _window);
        var start = new DateTimeOffset(DateOnly.Parse(InDays(122), CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(0, 0)), TimeSpan.FromHours(8)).AddMinutes(30 * n);
        return (start, start.AddMinutes(20));
    }

    /// <summary>A one-meeting session on the event's second day in a window no other call uses.</summary>
    public static object SessionBody()
    {
        var n = Interlocked.Increment(ref _sessionWindow) % 47;
        var start = new TimeOnly(0, 0).AddMinutes(30 * n);
        return new { day = InDays(121), startsAt = start.ToString("HH:mm", CultureInfo.InvariantCulture), endsAt = start.AddMinutes(20).ToString("HH:mm", CultureInfo.InvariantCulture), meetingMinutes = 20, breakMinutes = 0 };
    }

    public static object RegistrationBody(string role) => new { kind = role, name = "矩阵参会方 " + role };

    /// <summary>
    /// An event of organizer A for the registration routes that withdraw, reject or reset the participant
    /// actors: event A's registrations are what the request and booking routes act with, so they stay approved.
    /// </summary>
    public async Task<string> SelfServiceEventAsync() =>
        _selfServiceEvent ??= await CreateAsync(Actors[Actor.Organizer].Client, "/api/v1/expo/events", EventBody());

    /// <summary>Registers the actor of a participant role for the self-service event (again, if it withdrew) and returns the event.</summary>
    public async Task<string> RegisteredEventAsync(string role)
    {
        var eventId = await SelfServiceEventAsync();
        if (role is Actor.Investor or Actor.Town or Actor.Enterprise)
        {
            using var response = await Actors[role].Client.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants", RegistrationBody(role));
            response.EnsureSuccessStatusCode();
        }

        return eventId;
    }

    /// <summary>A registration in the event the caller owns or not (the investor actor's): "{eventId} {participantId}".</summary>
    public async Task<string> ParticipantOfAsync(bool owned)
    {
        var eventId = owned ? await SelfServiceEventAsync() : EventB;
        using var response = await Actors[Actor.Investor].Client.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/participants", RegistrationBody(Actor.Investor));
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return $"{eventId} {id}";
    }
}
