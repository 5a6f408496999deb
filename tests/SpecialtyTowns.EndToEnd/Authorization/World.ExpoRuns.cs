using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Scheduling runs of the world, made on first use: a fresh event per run started (an event allows one active run),
/// owned by organizer A or by another organizer, and one run of each to read and publish.
/// </summary>
public sealed partial class World
{
    private HttpClient? _otherOrganizer;
    private string? _runA;
    private string? _runB;

    /// <summary>A new event of organizer A (owned) or of another organizer, with no run yet.</summary>
    public async Task<string> FreshEventAsync(bool owned) =>
        await CreateAsync(owned ? Actors[Actor.Organizer].Client : await OtherOrganizerAsync(), "/api/v1/expo/events", EventBody());

    /// <summary>A run of an event of organizer A, or of another organizer's.</summary>
    public async Task<string> RunFor(bool owned)
    {
        if (owned)
        {
            return _runA ??= await StartRunAsync(Actors[Actor.Organizer].Client, await FreshEventAsync(true));
        }

        return _runB ??= await StartRunAsync(await OtherOrganizerAsync(), await FreshEventAsync(false));
    }

    private async Task<HttpClient> OtherOrganizerAsync() => _otherOrganizer ??= await SignUpAsync(Email("organizer-c"), new { role = "organizer" }, approve: true);

    private static async Task<string> StartRunAsync(HttpClient organizer, string eventId)
    {
        using var response = await organizer.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/schedule-runs", new { timeLimitSeconds = 1 });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
