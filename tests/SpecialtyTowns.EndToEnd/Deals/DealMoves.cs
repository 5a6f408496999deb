using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;

namespace SpecialtyTowns.EndToEnd.Deals;

/// <summary>Signed deals made the way towns make them: a lead moved through negotiating to signed with the fields each move requires.</summary>
public static class DealMoves
{
    /// <summary>A lead a town (or an admin) entered for a new organisation of its own name.</summary>
    public static Task<string> TownEnteredLeadAsync(HttpClient client, string townId) =>
        PostForIdAsync(client, "/api/v1/leads", new
        {
            townId,
            message = "博览会上洽谈的法兰项目 expo talks",
            organisationName = "晋商法兰投资有限公司 " + Guid.NewGuid().ToString("N")[..8],
            organisationType = "company",
            source = "expo-meeting",
            nextAction = "电话回访 call back",
            nextActionDue = World.InDays(3),
        });

    /// <summary>Moves the lead to signed (as a town of its own or an admin) and returns its deal's id.</summary>
    public static async Task<string> SignAsync(HttpClient client, string leadId, long amountFen = 50_000_000_000)
    {
        await MoveAsync(client, leadId, new { stage = "negotiating", expectedAmountFen = amountFen, nextAction = "谈判合同 negotiate", nextActionDue = World.InDays(7) });
        var lead = await MoveAsync(client, leadId, new
        {
            stage = "signed",
            amountFen,
            signedOn = World.InDays(0),
            contractReference = "HT-E2E-" + Guid.NewGuid().ToString("N")[..8],
            parties = new[] { "开发区管委会 zone committee" },
            plannedStartOn = World.InDays(90),
            nextAction = "办理注册 register the company",
            nextActionDue = World.InDays(30),
        });
        return lead.GetProperty("dealId").GetString()!;
    }

    private static async Task<JsonElement> MoveAsync(HttpClient client, string leadId, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/leads/{leadId}/stage", body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"moving lead {leadId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<string> PostForIdAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
