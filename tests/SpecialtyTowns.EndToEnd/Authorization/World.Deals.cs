using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Deals;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// Deals of the world, made on first use: one the town A signed with an organisation it entered, one of investor
/// A's own organisation (signed in town B, since its lead in town A stays open for the lead routes), and one in
/// town B with an organisation neither A knows.
/// </summary>
public sealed partial class World
{
    private string? _dealOfTownA;
    private string? _dealOfInvestorA;
    private string? _dealB;

    /// <summary>A deal the role owns (an admin any), or somebody else's.</summary>
    public async Task<string> DealFor(string role, bool owned)
    {
        if (!owned)
        {
            return _dealB ??= await DealMoves.SignAsync(fixture.Admin, await DealMoves.TownEnteredLeadAsync(fixture.Admin, TownB));
        }

        if (role == Actor.Investor)
        {
            return _dealOfInvestorA ??= await InvestorDealAsync();
        }

        return _dealOfTownA ??= await DealMoves.SignAsync(fixture.Admin, await DealMoves.TownEnteredLeadAsync(fixture.Admin, TownA));
    }

    private async Task<string> InvestorDealAsync()
    {
        using var response = await Actors[Actor.Investor].Client.PostAsJsonAsync("/api/v1/leads", new { townId = TownB, message = "也想在乙镇投资 also town B" });
        response.EnsureSuccessStatusCode();
        var leadId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return await DealMoves.SignAsync(fixture.Admin, leadId);
    }
}
