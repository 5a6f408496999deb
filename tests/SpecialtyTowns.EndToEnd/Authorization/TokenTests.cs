using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Grpc.Core;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.EndToEnd.Authorization;

[Collection(SystemCollection.Name)]
public sealed class TokenTests(SystemFixture fixture)
{
    [Fact]
    public async Task Me_WhenTokenExpired_Returns401()
    {
        var token = TestTokens.Mint(fixture.System.Keys.Rsa, InvestorClaims(), expires: DateTimeOffset.UtcNow.AddMinutes(-5));

        var status = await MeStatusAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Me_WhenTokenForAnotherAudience_Returns401()
    {
        var token = TestTokens.Mint(fixture.System.Keys.Rsa, InvestorClaims(), audience: "some-other-api");

        var status = await MeStatusAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Me_WhenTokenSignedByAnotherKey_Returns401()
    {
        using var otherKey = RSA.Create(2048);
        var token = TestTokens.Mint(otherKey, InvestorClaims());

        var status = await MeStatusAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Me_WhenTokenPayloadTampered_Returns401()
    {
        var (email, _) = await RegisterInvestorAsync();
        var token = (await fixture.LoginAsync(email, World.Password)).GetProperty("accessToken").GetString()!;
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Decode(parts[1]))!;
        payload["role"] = JsonSerializer.SerializeToElement("admin");
        var tampered = $"{parts[0]}.{Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";

        var genuine = await MeStatusAsync(token);
        var forged = await MeStatusAsync(tampered);

        Assert.Equal(HttpStatusCode.OK, genuine);
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
    }

    [Fact]
    public async Task ServiceCall_WhenNoOrInvalidIdentity_IsRefusedByTheServiceItself()
    {
        var request = new GetTownRequest { Id = Guid.NewGuid().ToString() };
        var expired = new Metadata { { "authorization", "Bearer " + TestTokens.Mint(fixture.System.Keys.Rsa, InvestorClaims(), expires: DateTimeOffset.UtcNow.AddMinutes(-5)) } };

        var none = await Assert.ThrowsAsync<RpcException>(() => fixture.TownsClient.GetTownAsync(request).ResponseAsync);
        var stale = await Assert.ThrowsAsync<RpcException>(() => fixture.TownsClient.GetTownAsync(request, expired).ResponseAsync);
        var valid = await Assert.ThrowsAsync<RpcException>(() => fixture.TownsClient.GetTownAsync(request, fixture.AdminMetadata).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, none.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, stale.StatusCode);
        Assert.Equal(StatusCode.NotFound, valid.StatusCode);
    }

    [Fact]
    public async Task Refresh_WhenRotatedTokenIsReused_RefusesItAndRevokesTheFamily()
    {
        var (email, _) = await RegisterInvestorAsync();
        var first = (await fixture.LoginAsync(email, World.Password)).GetProperty("refreshToken").GetString()!;

        using var rotated = await RefreshAsync(first);
        var second = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString()!;
        using var reuse = await RefreshAsync(first);
        using var afterReuse = await RefreshAsync(second);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
    }

    [Fact]
    public async Task Login_WhenAnotherClientFailsOnTheAccount_ThrottlesThatClientButTheOwnerSignsIn()
    {
        var (email, _) = await RegisterInvestorAsync();
        using var attacker = ClientAddress.From(fixture.System.GatewayAddress, "127.0.0.2");
        var attempts = new List<HttpStatusCode>();

        for (var i = 0; i < 8; i++)
        {
            attempts.Add(await LoginStatusAsync(attacker, email, "wrong-password-" + i));
        }

        var attackerWithRightPassword = await LoginStatusAsync(attacker, email, World.Password);
        var owner = await LoginStatusAsync(fixture.Gateway, email, World.Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], attempts);
        Assert.Equal(HttpStatusCode.TooManyRequests, attackerWithRightPassword);
        Assert.Equal(HttpStatusCode.OK, owner);
    }

    [Fact]
    public async Task Login_WhenSomeoneFailsOnTheAdminFromElsewhere_TheAdminStillSignsIn()
    {
        using var attacker = ClientAddress.From(fixture.System.GatewayAddress, "127.0.0.3");
        for (var i = 0; i < 10; i++)
        {
            await LoginStatusAsync(attacker, SystemUnderTest.AdminEmail, "wrong-password-" + i);
        }

        var throttled = await LoginStatusAsync(attacker, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        var admin = await LoginStatusAsync(fixture.Gateway, SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled);
        Assert.Equal(HttpStatusCode.OK, admin);
    }

    [Fact]
    public async Task Login_WhenFailingOrThrottled_AnswersAlikeForKnownAndUnknownEmails()
    {
        var (email, _) = await RegisterInvestorAsync();
        var nobody = World.Email("nobody");
        using var client = ClientAddress.From(fixture.System.GatewayAddress, "127.0.0.4");
        var knownTitles = new List<string>();
        var unknownTitles = new List<string>();

        for (var i = 0; i < 6; i++)
        {
            knownTitles.Add(await LoginTitleAsync(client, email, "wrong-password-" + i));
            unknownTitles.Add(await LoginTitleAsync(client, nobody, "wrong-password-" + i));
        }

        Assert.Equal(unknownTitles, knownTitles);
        Assert.Equal(2, knownTitles.Distinct().Count());
    }

    [Fact]
    public async Task Logout_WhenTokenIsAnotherUsers_RevokesNothing()
    {
        var (caller, _) = await RegisterInvestorAsync();
        var (other, _) = await RegisterInvestorAsync();
        var callerClient = fixture.NewClient((await fixture.LoginAsync(caller, World.Password)).GetProperty("accessToken").GetString());
        var othersToken = (await fixture.LoginAsync(other, World.Password)).GetProperty("refreshToken").GetString()!;

        using var logout = await callerClient.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = othersToken });
        using var refresh = await RefreshAsync(othersToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task Logout_WhenTokenIsTheCallersOwn_RevokesIt()
    {
        var (caller, _) = await RegisterInvestorAsync();
        var tokens = await fixture.LoginAsync(caller, World.Password);
        var callerClient = fixture.NewClient(tokens.GetProperty("accessToken").GetString());
        var refreshToken = tokens.GetProperty("refreshToken").GetString()!;

        using var logout = await callerClient.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken });
        using var refresh = await RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    private static async Task<HttpStatusCode> LoginStatusAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        return response.StatusCode;
    }

    private static async Task<string> LoginTitleAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        fixture.Gateway.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private async Task<(string Email, HttpStatusCode Status)> RegisterInvestorAsync()
    {
        var email = World.Email("token");
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/register", new { email, password = World.Password, role = "investor" });
        return (email, response.StatusCode);
    }

    private async Task<HttpStatusCode> MeStatusAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await fixture.Gateway.SendAsync(request);
        return response.StatusCode;
    }

    private static Dictionary<string, string> InvestorClaims() => new() { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "investor" };

    private static byte[] Decode(string part) =>
        Convert.FromBase64String(part.Replace('-', '+').Replace('_', '/').PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '='));

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
