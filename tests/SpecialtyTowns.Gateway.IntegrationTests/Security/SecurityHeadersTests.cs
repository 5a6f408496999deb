using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpecialtyTowns.Gateway.Extensions;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Gateway.IntegrationTests.Security;

[Collection(GatewayCollection.Name)]
public sealed partial class SecurityHeadersTests(GatewayHost gateway)
{
    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/api/v1/auth/me", HttpStatusCode.Unauthorized)]
    public async Task Get_WhenAnyAnswer_CarriesTheSecurityHeaders(string path, HttpStatusCode expected)
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeadersExtensions.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Get_WhenNoRouteMatches_CarriesTheSecurityHeaders()
    {
        using var http = gateway.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/no-such-route", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", TestTokens.Admin(gateway.Keys.Rsa));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeadersExtensions.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Get_WhenTheServiceBehindFailsAndTheExceptionHandlerAnswers_CarriesTheSecurityHeaders()
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.GetAsync(new Uri($"/api/v1/towns/{Guid.NewGuid()}", UriKind.Relative));

        Assert.True((int)response.StatusCode >= 500, $"expected a 5xx from the unreachable Towns service, got {(int)response.StatusCode}");
        AssertSecurityHeaders(response, SecurityHeadersExtensions.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Post_WhenTheBodyIsInvalid_CarriesTheSecurityHeaders()
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.PostAsJsonAsync(new Uri("/api/v1/auth/register", UriKind.Relative), new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response, SecurityHeadersExtensions.ContentSecurityPolicy);
    }

    [Fact]
    public async Task Get_WhenTheApiReferencePage_AllowsItsNoncedScriptsOnlyAndNoFraming()
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.GetAsync(new Uri("/scalar/", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = Assert.Single(Nonces().Matches(page).Select(m => m.Groups[1].Value).Distinct());
        AssertSecurityHeaders(response, SecurityHeadersExtensions.ApiReferencePolicy(nonce));
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", SecurityHeadersExtensions.ApiReferencePolicy(nonce), StringComparison.Ordinal);
        Assert.DoesNotContain("fonts.scalar.com", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenTheRequestIsHttps_AddsStrictTransportSecurity()
    {
        var context = await gateway.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "https";
            c.Request.Path = "/health/live";
        });

        Assert.Equal(SecurityHeadersExtensions.StrictTransportSecurity, context.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task Get_WhenTheRequestIsPlainHttp_SendsNoStrictTransportSecurity()
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Kestrel_WhenConfiguredByServiceDefaults_SendsNoServerBanner()
    {
        var kestrel = gateway.Server.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    [Fact]
    public async Task Login_WhenTokensAreAnswered_ForbidsCaching()
    {
        using var http = gateway.Server.CreateClient();

        using var login = await http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = GatewayHost.AdminEmail, password = GatewayHost.AdminPassword });
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        using var refresh = await http.PostAsJsonAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), new { refreshToken = tokens.GetProperty("refreshToken").GetString() });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        AssertNoStore(login);
        AssertNoStore(refresh);
    }

    [Fact]
    public async Task Me_WhenSignedIn_ForbidsCaching()
    {
        using var http = gateway.Server.CreateClient();
        using var login = await http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = GatewayHost.AdminEmail, password = GatewayHost.AdminPassword });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/auth/me", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", token);

        using var me = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        AssertNoStore(me);
    }

    [Fact]
    public async Task Register_WhenAnswered_ForbidsCaching()
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.PostAsJsonAsync(
            new Uri("/api/v1/auth/register", UriKind.Relative),
            new { email = $"headers-{Guid.NewGuid():N}@example.com", password = "registered-password-1", role = "investor" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        AssertNoStore(response);
    }

    [Fact]
    public async Task OpenApiDocument_WhenAnonymous_IsNotMarkedNoStore()
    {
        using var http = gateway.Server.CreateClient();

        using var response = await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    private static void AssertNoStore(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri}: Cache-Control is '{response.Headers.CacheControl}'");
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string policy)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal(policy, Single(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]* nonce=\"([^\"]+)\"")]
    private static partial Regex Nonces();

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? Assert.Single(values) : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} without {header}");
}
