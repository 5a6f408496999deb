using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.EndToEnd.Authorization;

[Collection(SystemCollection.Name)]
public sealed class AccountTests(SystemFixture fixture)
{
    [Fact]
    public async Task Register_WhenInvestor_CanSignInAtOnceAndLoginReturnsTokens()
    {
        var email = World.Email("investor");

        using var registered = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email = "  " + email.ToUpperInvariant() + " ", password = World.Password, role = "investor" });
        var tokens = await fixture.LoginAsync(email, World.Password);

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refreshToken").GetString()));
        Assert.True(tokens.GetProperty("expiresIn").GetInt32() > 0);
    }

    [Fact]
    public async Task Register_WhenOrganizer_WaitsForAdminApproval()
    {
        var email = World.Email("organizer");
        await RegisterAsync(new { email, password = World.Password, role = "organizer" });

        using var beforeApproval = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password = World.Password });
        var id = await PendingIdAsync(fixture.Admin, email);
        using var approval = await fixture.Admin.PostAsync($"/api/v1/accounts/{id}/approve", null);
        using var afterApproval = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password = World.Password });
        using var again = await fixture.Admin.PostAsync($"/api/v1/accounts/{id}/approve", null);

        Assert.Equal(HttpStatusCode.Forbidden, beforeApproval.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterApproval.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Approve_WhenTownApprovesItsOwnEnterprise_EnterpriseCanSignIn()
    {
        var world = new World(fixture);
        var townId = await fixture.RegisterTownAsync("审批");
        var enterpriseId = await world.RegisterEnterpriseAsync(townId);
        var townEmail = World.Email("town");
        await RegisterAsync(new { email = townEmail, password = World.Password, role = "town", townId });
        using (await fixture.Admin.PostAsync($"/api/v1/accounts/{await PendingIdAsync(fixture.Admin, townEmail)}/approve", null))
        {
        }

        var town = await fixture.SignInAsync(townEmail, World.Password);
        var enterpriseEmail = World.Email("enterprise");
        await RegisterAsync(new { email = enterpriseEmail, password = World.Password, role = "enterprise", enterpriseId });

        var pendingForTown = await town.GetFromJsonAsync<JsonElement>("/api/v1/accounts/pending");
        using var approval = await town.PostAsync($"/api/v1/accounts/{await PendingIdAsync(town, enterpriseEmail)}/approve", null);
        var enterprise = await fixture.SignInAsync(enterpriseEmail, World.Password);
        var me = await enterprise.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");

        Assert.All(pendingForTown.EnumerateArray(), a => Assert.Equal("enterprise", a.GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        Assert.Equal(enterpriseId, me.GetProperty("enterpriseId").GetString());
        Assert.Equal("active", me.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("admin", "role")]
    [InlineData("superuser", "role")]
    [InlineData("town", "townId")]
    [InlineData("enterprise", "enterpriseId")]
    public async Task Register_WhenRoleOrItsSubjectIsInvalid_Returns400NamingTheField(string role, string field)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email = World.Email("bad"), password = World.Password, role });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Register_WhenPasswordTooWeak_Returns400NamingPassword()
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email = World.Email("weak"), password = "short", role = "investor" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _), problem.ToString());
    }

    [Fact]
    public async Task Register_WhenEmailAlreadyHasAccount_AnswersExactlyAsForANewOneAndKeepsTheOldPassword()
    {
        var email = World.Email("taken");
        var first = await RegisterAsync(new { email, password = World.Password, role = "investor" });

        var second = await RegisterAsync(new { email, password = "another-password-2", role = "investor" });
        using var oldLogin = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password = World.Password });
        using var newLogin = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "another-password-2" });

        Assert.Equal(first, second);
        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, newLogin.StatusCode);
    }

    private async Task<string> RegisterAsync(object body)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private static async Task<string> PendingIdAsync(HttpClient client, string email)
    {
        var pending = await client.GetFromJsonAsync<JsonElement>("/api/v1/accounts/pending");
        return pending.EnumerateArray().Single(a => a.GetProperty("email").GetString() == email).GetProperty("id").GetString()!;
    }
}
