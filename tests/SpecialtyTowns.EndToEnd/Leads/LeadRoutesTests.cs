using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;

namespace SpecialtyTowns.EndToEnd.Leads;

/// <summary>The lead routes through the gateway: the problem details a refused move, a duplicate and a stale edit answer with.</summary>
[Collection(SystemCollection.Name)]
public sealed class LeadRoutesTests(SystemFixture fixture)
{
    [Fact]
    public async Task PostLead_WhenTheSameOrganisationIsEnteredAgain_Answers409WithTheExistingLeadsId()
    {
        var town = await fixture.RegisterTownAsync("线索路由", waitForEnterprises: false);
        await KnownToLeadsAsync(town);
        var body = World.TownEnteredLeadBody(town);
        var first = await CreatedIdAsync(body);

        using var again = await fixture.Admin.PostAsJsonAsync("/api/v1/leads", body);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("lead-duplicate", problem.GetProperty("rule").GetString());
        Assert.Equal(first, problem.GetProperty("existingLeadId").GetString());
    }

    [Fact]
    public async Task PostStage_WhenRequiredFieldsAreMissing_Answers409WithTheRuleAndTheMissingFieldsAsSent()
    {
        var id = await LeadAsync();

        using var refused = await fixture.Admin.PostAsJsonAsync($"/api/v1/leads/{id}/stage", new { stage = "site-visit", nextAction = "考察" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("lead-stage-required-fields", problem.GetProperty("rule").GetString());
        Assert.Equal(["visitOn", "nextActionDue"], problem.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task PostStage_WhenTheVersionIsStaleOrAValueImplausible_Answers412Or400NamingTheField()
    {
        var id = await LeadAsync();
        using var moved = await fixture.Admin.PostAsJsonAsync($"/api/v1/leads/{id}/stage", new { stage = "contacted", expectedVersion = 1, nextAction = "回访", nextActionDue = World.InDays(2) });

        using var stale = await fixture.Admin.PostAsJsonAsync($"/api/v1/leads/{id}/stage", new { stage = "negotiating", expectedVersion = 1, expectedAmountFen = 100, nextAction = "谈", nextActionDue = World.InDays(2) });
        using var negative = await fixture.Admin.PostAsJsonAsync($"/api/v1/leads/{id}/stage", new { stage = "negotiating", expectedAmountFen = -5, nextAction = "谈", nextActionDue = World.InDays(2) });
        var errors = (await negative.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.True(errors.TryGetProperty("expectedAmountFen", out _), errors.ToString());
    }

    [Fact]
    public async Task GetPipelineRules_ListsTheRequiredFieldsAsTheBodyNamesThem()
    {
        var rules = await fixture.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/leads/pipeline-rules");

        var signed = rules.EnumerateArray().Single(r => r.GetProperty("stage").GetString() == "signed");
        Assert.Contains("contractReference", signed.GetProperty("requiredFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("签约", signed.GetProperty("nameZh").GetString());
    }

    private async Task<string> LeadAsync()
    {
        var town = await fixture.RegisterTownAsync("线索路由", waitForEnterprises: false);
        await KnownToLeadsAsync(town);
        return await CreatedIdAsync(World.TownEnteredLeadBody(town));
    }

    private Task KnownToLeadsAsync(string town) =>
        TestKit.Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{town}"), TimeSpan.FromSeconds(30), "the town in Leads");

    private async Task<string> CreatedIdAsync(object body)
    {
        using var response = await fixture.Admin.PostAsJsonAsync("/api/v1/leads", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
