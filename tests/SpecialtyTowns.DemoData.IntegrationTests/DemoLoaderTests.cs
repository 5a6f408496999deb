using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.DemoData.IntegrationTests;

public sealed class DemoLoaderTests(DemoSystemFixture fixture) : IClassFixture<DemoSystemFixture>
{
    [Fact]
    public void Load_WhenTheSystemHasNoDemoData_CreatesEveryAccountAndProject()
    {
        var report = fixture.FirstRun;

        Assert.Equal(fixture.Set.Accounts.Count + fixture.Set.Projects.Count, report.Created);
        Assert.Equal(0, report.AlreadyPresent);
    }

    [Fact]
    public void Load_WhenRunASecondTime_FindsEverythingPresentAndCreatesNothing()
    {
        var report = fixture.SecondRun;

        Assert.Equal(0, report.Created);
        Assert.Equal(fixture.Set.Accounts.Count + fixture.Set.Projects.Count, report.AlreadyPresent);
        Assert.Equal(
            fixture.FirstRun.Items.Where(i => i.Kind == "project").Select(i => i.Detail),
            report.Items.Where(i => i.Kind == "project").Select(i => i.Detail));
    }

    [Fact]
    public async Task Search_AfterTwoRuns_FindsEachPublicProjectOnceLabelledAsSample()
    {
        var expected = fixture.Set.Projects.Where(p => p.Status != "draft").Select(p => p.Title).Order().ToList();

        var found = await Eventually.GetAsync(
            async () =>
            {
                var items = await SearchSamplesAsync();
                return items.Count >= expected.Count ? items : null;
            },
            TimeSpan.FromSeconds(30),
            "the demo projects in search");

        Assert.Equal(expected, found.Select(i => i.GetProperty("title").GetString()!).Order().ToList());
        Assert.All(found, i => Assert.StartsWith(DemoDataFile.TitlePrefixEn, i.GetProperty("titleEn").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetProject_WhenTheDemoProjectIsADraft_IsNotPublic()
    {
        var draft = fixture.Set.Projects.Single(p => p.Status == "draft");
        var id = fixture.FirstRun.Items.Single(i => i.Name.Contains(draft.Key, StringComparison.Ordinal)).Detail.Split("id ")[1];

        using var response = await fixture.Gateway.GetAsync(new Uri($"/api/v1/projects/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("draft", fixture.FirstRun.Items.Single(i => i.Name.Contains(draft.Key, StringComparison.Ordinal)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AfterLoading_EveryDemoAccountActsInItsRole()
    {
        foreach (var account in fixture.Set.Accounts)
        {
            using var login = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email = account.Email, password = DemoSystemFixture.DemoPassword });
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

            using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
            me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var answer = await fixture.Gateway.SendAsync(me);
            var profile = await answer.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(account.Role, profile.GetProperty("role").GetString());
            Assert.Equal("active", profile.GetProperty("status").GetString());
        }
    }

    private async Task<List<JsonElement>> SearchSamplesAsync()
    {
        var result = await fixture.Gateway.GetFromJsonAsync<JsonElement>("/api/v1/projects?q=%E7%A4%BA%E4%BE%8B&pageSize=100");
        return result.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("title").GetString()!.StartsWith(DemoDataFile.TitlePrefix, StringComparison.Ordinal))
            .ToList();
    }
}
