using System.Net.Http.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// The lead side of the world: fresh leads for the routes that change a lead's stage (so no route
/// depends on what another did to LeadA), entered by the admin for town A (owned) or B, and fresh
/// towns for an investor's new leads (its organisation has an open lead with A already).
/// </summary>
public sealed partial class World
{
    /// <summary>POST /api/v1/leads: investors anywhere; a town for itself only; admins anywhere.</summary>
    public static int CreateLeadRule(string actor, bool owned) => actor switch
    {
        Actor.Anonymous => 401,
        Actor.Investor or Actor.Admin => 201,
        Actor.Town => owned ? 201 : 403,
        _ => 403,
    };

    public static object TownEnteredLeadBody(string townId) => new
    {
        townId,
        message = "矩阵录入线索",
        organisationName = "矩阵录入企业 " + Guid.NewGuid().ToString("N")[..10],
        source = "expo-meeting",
        nextAction = "电话联系",
        nextActionDue = InDays(3),
    };

    public static object FollowUpFields() => new { nextAction = "再次拜访", nextActionDue = InDays(5) };

    /// <summary>An investor's lead needs a town its organisation has no open lead with yet.</summary>
    public async Task<object?> CreateLeadBodyAsync(string role, bool owned) => role == Actor.Investor
        ? new { townId = await FreshLeadsTownAsync(), message = "矩阵线索" }
        : TownEnteredLeadBody(TownOf(owned));

    /// <summary>A new open lead of town A (owned) or B, entered by the admin.</summary>
    public Task<string> FreshLeadAsync(bool owned) => CreateAsync(fixture.Admin, "/api/v1/leads", TownEnteredLeadBody(TownOf(owned)));

    /// <summary>A new lead of town A (owned) or B, lost by the admin, to be reopened.</summary>
    public async Task<string> LostLeadAsync(bool owned)
    {
        var id = await FreshLeadAsync(owned);
        using var lost = await fixture.Admin.PostAsJsonAsync($"/api/v1/leads/{id}/stage", new { stage = "lost", lostReason = "no-response" });
        lost.EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string> FreshLeadsTownAsync()
    {
        var town = await fixture.RegisterTownAsync("线索镇", waitForEnterprises: false);
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{town}"), TimeSpan.FromSeconds(30), "the town in Leads");
        return town;
    }
}
