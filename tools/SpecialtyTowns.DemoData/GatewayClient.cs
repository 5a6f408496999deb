using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SpecialtyTowns.DemoData;

/// <summary>
/// The few calls of the gateway's public REST API (/api/v1) that the loader makes, as any
/// outside client would: JSON over HTTP, bearer tokens, Idempotency-Key on every change.
/// </summary>
public sealed class GatewayClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Waits until <c>/health/ready</c> answers 200 (the services and the search index are up).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new DemoDataException($"the gateway at {http.BaseAddress} was not ready within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    /// <summary>Signs in: the access token, or null with the status code when refused (401 unknown/wrong, 403 pending/rejected).</summary>
    public async Task<(string? AccessToken, HttpStatusCode Status)> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Json, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return (null, response.StatusCode);
        }

        var tokens = await ReadAsync(response, $"signing in as {email}", cancellationToken);
        return (tokens.GetProperty("accessToken").GetString(), response.StatusCode);
    }

    public async Task RegisterAsync(string email, string password, string role, string? townId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/register", new { email, password, role, townId }, Json, cancellationToken);
        await ReadAsync(response, $"registering {email} as {role}", cancellationToken);
    }

    /// <summary>The pending account with this email (as the admin sees the list), or null.</summary>
    public async Task<string?> FindPendingAccountAsync(string adminToken, string email, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Get, "/api/v1/accounts/pending", adminToken);
        using var response = await http.SendAsync(request, cancellationToken);
        var accounts = await ReadAsync(response, "listing the pending accounts", cancellationToken);
        return accounts.EnumerateArray()
            .Where(a => string.Equals(a.GetProperty("email").GetString(), email, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.GetProperty("id").GetString())
            .FirstOrDefault();
    }

    public async Task ApproveAsync(string adminToken, string accountId, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, $"/api/v1/accounts/{accountId}/approve", adminToken);
        using var response = await http.SendAsync(request, cancellationToken);
        await ReadAsync(response, $"approving account {accountId}", cancellationToken);
    }

    /// <summary>Every town the public search lists, by exact name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TownIdsByNameAsync(CancellationToken cancellationToken)
    {
        var towns = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            using var response = await http.GetAsync(new Uri($"/api/v1/towns?pageSize=100&page={page}", UriKind.Relative), cancellationToken);
            var result = await ReadAsync(response, "listing the towns", cancellationToken);
            var items = result.GetProperty("items");
            foreach (var item in items.EnumerateArray())
            {
                towns.TryAdd(item.GetProperty("name").GetString()!, item.GetProperty("id").GetString()!);
            }

            if (items.GetArrayLength() == 0 || page * 100 >= result.GetProperty("total").GetInt32())
            {
                return towns;
            }
        }
    }

    /// <summary>Creates a project (or, for a key already used, gets back what the first call created).</summary>
    public async Task<JsonElement> CreateProjectAsync(string token, string idempotencyKey, object body, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, "/api/v1/projects", token, idempotencyKey);
        request.Content = JsonContent.Create(body, options: Json);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, $"creating project ({idempotencyKey})", cancellationToken);
    }

    /// <summary>The titles of a town's projects as its own account sees them (drafts included), up to 100.</summary>
    public async Task<IReadOnlySet<string>> TownProjectTitlesAsync(string token, string townId, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Get, $"/api/v1/towns/{townId}/projects?pageSize=100", token);
        using var response = await http.SendAsync(request, cancellationToken);
        var list = await ReadAsync(response, $"listing the projects of town {townId}", cancellationToken);
        return list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<JsonElement> ChangeStatusAsync(string token, string projectId, string status, string note, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, $"/api/v1/projects/{projectId}/status", token, idempotencyKey);
        request.Content = JsonContent.Create(new { status, note }, options: Json);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, $"moving project {projectId} to {status}", cancellationToken);
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path, string token, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoDataException($"{what}: the gateway answered {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
    }
}
