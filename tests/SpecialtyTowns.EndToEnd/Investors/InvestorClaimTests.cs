using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Enterprises;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Investors;

/// <summary>A town enters a lead with an organisation it met offline; the organisation's investor later claims it with its first save.</summary>
[Collection(SystemCollection.Name)]
public sealed class InvestorClaimTests(SystemFixture fixture)
{
    private readonly EnterpriseWorld _world = new(fixture);

    [Fact]
    public async Task PutMe_WhenATownEnteredTheOrganisationWithItsCreditCode_ClaimsItAndTheInvestorAndTownSeeEachOther()
    {
        var townId = await fixture.RegisterTownAsync("认领镇", waitForEnterprises: false);
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{townId}"), TimeSpan.FromSeconds(30), "the town in Leads");
        var town = _world.Town(townId);
        var stem = "认领投资" + Guid.NewGuid().ToString("N")[..10];
        var code = EnterpriseWorld.CreditCode();
        var leadId = await EnterpriseWorld.IdOfCreatedAsync(town, "/api/v1/leads", new
        {
            townId, message = "博览会上结识", source = "expo-meeting", organisationName = stem + "有限公司", organisationCreditCode = code, nextAction = "电话回访", nextActionDue = Authorization.World.InDays(3),
        });
        var entered = (await town.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}")).GetProperty("organisationId").GetString();
        var investor = fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "investor" }));

        var claimed = await Authorization.World.SaveOrganisationAsync(investor, new { name = stem + "（有限公司）", unifiedSocialCreditCode = code, consentToContact = true, contactPhone = "13912345678" });
        var seenByTown = await town.GetFromJsonAsync<JsonElement>($"/api/v1/investors/{claimed}");
        var seenByOtherTown = await _world.Town(Guid.NewGuid().ToString()).GetFromJsonAsync<JsonElement>($"/api/v1/investors/{claimed}");
        var investorLeads = await investor.GetFromJsonAsync<JsonElement>("/api/v1/leads");
        var another = fixture.NewClient(TestTokens.Mint(fixture.System.Keys.Rsa, new Dictionary<string, string> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "investor" }));
        using var secondClaim = await another.PutAsJsonAsync("/api/v1/investors/me", new { name = stem + "有限公司" });

        Assert.Equal(entered, claimed);
        Assert.True(seenByTown.GetProperty("claimed").GetBoolean());
        Assert.False(seenByTown.GetProperty("contactsHidden").GetBoolean());
        Assert.Equal("13912345678", seenByTown.GetProperty("contactPhone").GetString());
        Assert.True(seenByOtherTown.GetProperty("contactsHidden").GetBoolean());
        Assert.Contains(investorLeads.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetString() == leadId);
        Assert.Equal("organisation-claimed", (await EnterpriseWorld.ProblemAsync(secondClaim, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }
}
