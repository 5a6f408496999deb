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
    public async Task Login_WhenTooManyFailures_LocksTheAccountWithoutRevealingIt()
    {
        var (email, _) = await RegisterInvestorAsync();
        var titles = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            titles.Add(await FailedLoginTitleAsync(email, "wrong-password-" + i));
        }

        using var locked = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password = World.Password });
        var unknown = await FailedLoginTitleAsync(World.Email("nobody"), World.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var lockedTitle = (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
        Assert.All(titles, t => Assert.Equal(unknown, t));
        Assert.Equal(unknown, lockedTitle);
    }

    private async Task<string> FailedLoginTitleAsync(string email, string password)
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
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
