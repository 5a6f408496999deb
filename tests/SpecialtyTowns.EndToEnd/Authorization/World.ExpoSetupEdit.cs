using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>Fresh halls, tables and interpreters (made by the admin) for the routes that edit or delete one: "{eventId} {itemId}".</summary>
public sealed partial class World
{
    public async Task<string> FreshHallAsync(bool owned)
    {
        var eventId = EventFor(owned);
        return $"{eventId} {await CreateAsync(fixture.Admin, $"/api/v1/expo/events/{eventId}/halls", new { name = "矩阵编辑馆 " + Guid.NewGuid().ToString("N")[..8] })}";
    }

    public async Task<string> FreshTableAsync(bool owned)
    {
        var eventId = EventFor(owned);
        var body = new { tables = new[] { new { hallId = await HallOfAsync(eventId), label = "E" + Guid.NewGuid().ToString("N")[..8], seats = 4 } } };
        using var response = await fixture.Admin.PostAsJsonAsync($"/api/v1/expo/events/{eventId}/tables", body);
        response.EnsureSuccessStatusCode();
        var table = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tables")[0].GetProperty("id").GetString();
        return $"{eventId} {table}";
    }

    public async Task<string> FreshInterpreterAsync(bool owned)
    {
        var eventId = EventFor(owned);
        return $"{eventId} {await CreateAsync(fixture.Admin, $"/api/v1/expo/events/{eventId}/interpreters", new { name = "矩阵编辑翻译", languages = new[] { "en" } })}";
    }
}
