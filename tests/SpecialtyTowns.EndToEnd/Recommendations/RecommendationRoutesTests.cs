using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.EndToEnd.Authorization;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.Recommendations;

/// <summary>The recommendation routes through the gateway, on all services: a published project reaches the list, interest makes one lead the town sees.</summary>
[Collection(SystemCollection.Name)]
public sealed class RecommendationRoutesTests(SystemFixture fixture)
{
    [Fact]
    public async Task PostFeedback_WhenAnInvestorExpressesInterestTwice_MakesOneLeadShownApartOnTheTownsList()
    {
        var town = await fixture.RegisterTownAsync("推荐路由", waitForEnterprises: false);
        await Eventually.TrueAsync(() => ReadModelProbe.HasTownAsync(fixture.Gateway, $"/api/v1/leads/town-directory/{town}"), TimeSpan.FromSeconds(30), "the town in Leads");
        var project = await new World(fixture).PublishedProjectAsync(town);
        var investor = await InvestorAsync();
        var organisation = await World.SaveOrganisationAsync(investor, World.InvestorProfileBody("推荐路由投资" + Guid.NewGuid().ToString("N")[..10] + "有限公司"));
        var list = await Eventually.GetAsync(
            async () =>
            {
                var answer = await investor.GetFromJsonAsync<JsonElement>("/api/v1/recommendations/projects?limit=100");
                return answer.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetString() == project) ? (JsonElement?)answer : null;
            },
            TimeSpan.FromSeconds(30),
            "the published project in the investor's recommendations");
        var body = new { action = "express-interest", kind = "project", itemId = project, impressionId = list!.Value.GetProperty("impressionId").GetString() };

        var first = await FeedbackAsync(investor, body, "interest-1");
        var second = await FeedbackAsync(investor, body, "interest-2");

        Assert.Equal(first.GetProperty("leadId").GetString(), second.GetProperty("leadId").GetString());
        var lead = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{first.GetProperty("leadId").GetString()}");
        Assert.Equal(("recommendation", town), (lead.GetProperty("source").GetString(), lead.GetProperty("townId").GetString()));
        var investors = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/recommendations/investors?projectId={project}");
        var existing = Assert.Single(investors.GetProperty("existingLeads").EnumerateArray());
        Assert.Equal((organisation, first.GetProperty("leadId").GetString()), (existing.GetProperty("id").GetString(), existing.GetProperty("leadId").GetString()));
        Assert.DoesNotContain(investors.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == organisation);
        var after = await investor.GetFromJsonAsync<JsonElement>("/api/v1/recommendations/projects?limit=100");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == project);
    }

    [Fact]
    public async Task GetProjects_WhenTheInvestorHasNoOrganisationOrAsksTooMany_Answers409Or400AsProblemDetails()
    {
        var investor = await InvestorAsync();

        using var early = await investor.GetAsync("/api/v1/recommendations/projects");
        await World.SaveOrganisationAsync(investor, World.InvestorProfileBody("推荐路由限额" + Guid.NewGuid().ToString("N")[..10] + "有限公司"));
        using var tooMany = await investor.GetAsync("/api/v1/recommendations/gaps?limit=500");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("investor-organisation-required", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.True((await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("limit", out _));
    }

    private async Task<JsonElement> FeedbackAsync(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations/feedback") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpClient> InvestorAsync()
    {
        var email = World.Email("recommended");
        using var registered = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email, password = World.Password, role = "investor" });
        registered.EnsureSuccessStatusCode();
        return await fixture.SignInAsync(email, World.Password);
    }
}
