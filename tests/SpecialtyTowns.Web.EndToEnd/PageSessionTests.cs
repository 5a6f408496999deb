using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>The page session cookie: pages only, never the API, and refreshed without losing the session.</summary>
[Collection(WebCollection.Name)]
public sealed class PageSessionTests(WebFixture fixture)
{
    [Fact]
    public async Task Api_WhenAPageSendsOnlyItsSessionCookie_AnswersUnauthorized()
    {
        var page = await fixture.NewPageAsync();
        await WebFixture.SignInAsync(page, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        await Assertions.Expect(page.Locator(".st-user")).ToHaveTextAsync(SystemUnderTest.AdminEmail);

        var me = await page.EvaluateAsync<int>("async () => (await fetch('/api/v1/auth/me')).status");
        var approve = await page.EvaluateAsync<int>(
            "async () => (await fetch('/api/v1/accounts/00000000-0000-0000-0000-000000000001/approve', { method: 'POST' })).status");

        Assert.Equal(401, me);
        Assert.Equal(401, approve);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Refresh_WhenSeveralRequestsArriveWithTheSameExpiringToken_RotatesOnceAndTheSessionLives()
    {
        // Access tokens one second past the refresh margin: every request after the first second refreshes.
        await using var replica = await fixture.System.StartGatewayReplicaAsync(new Dictionary<string, string> { ["Auth__AccessTokenLifetime"] = "00:01:01" });
        var site = replica.HealthBase.ToString().TrimEnd('/');
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(site + "/account/login");
        await page.Locator("#email").FillAsync(SystemUnderTest.AdminEmail);
        await page.Locator("#password").FillAsync(SystemUnderTest.AdminPassword);
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".st-user")).ToHaveTextAsync(SystemUnderTest.AdminEmail);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // Six requests at once carry the same cookie, hence the same single-use refresh token.
        var statuses = await page.EvaluateAsync<int[]>(
            "async () => Promise.all([...Array(6)].map(() => fetch('/admin/accounts', { redirect: 'manual' }).then(r => r.status)))");
        Assert.All(statuses, status => Assert.Equal(200, status));

        await page.GotoAsync(site + "/admin/accounts");
        await Assertions.Expect(page.Locator(".st-user")).ToHaveTextAsync(SystemUnderTest.AdminEmail);
        Assert.EndsWith("/admin/accounts", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
