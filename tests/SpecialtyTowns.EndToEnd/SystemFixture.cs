using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.EndToEnd;

/// <summary>Starts the whole system once for the end-to-end collection.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private readonly List<GrpcChannel> _channels = [];
    private readonly List<HttpClient> _clients = [];

    public SystemUnderTest System { get; } = new("e2e");

    /// <summary>A caller who is not signed in.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Signed in as the bootstrap admin.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public TownsService.TownsServiceClient TownsClient { get; private set; } = null!;

    /// <summary>gRPC metadata carrying an admin token the services accept.</summary>
    public Metadata AdminMetadata => new() { { "authorization", "Bearer " + TestTokens.Admin(System.Keys.Rsa) } };

    public async Task InitializeAsync()
    {
        await System.StartAsync();
        Gateway = NewClient();
        Admin = await SignInAsync(SystemUnderTest.AdminEmail, SystemUnderTest.AdminPassword);
        TownsClient = new TownsService.TownsServiceClient(Channel(System.GrpcAddresses["towns"]));
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        await System.DisposeAsync();
    }

    public HttpClient NewClient(string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = System.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        _clients.Add(client);
        return client;
    }

    public async Task<JsonElement> LoginAsync(string email, string password)
    {
        using var response = await Gateway.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var tokens = await LoginAsync(email, password);
        return NewClient(tokens.GetProperty("accessToken").GetString());
    }

    /// <summary>
    /// Registers a town (as admin) with a name no other test uses and, unless told otherwise, waits
    /// until Enterprises heard of it (it refuses enterprises of towns it does not know).
    /// </summary>
    public async Task<string> RegisterTownAsync(string prefix, bool waitForEnterprises = true)
    {
        using var response = await Admin.PostAsJsonAsync("/api/v1/towns", new
        {
            name = $"{prefix}{Guid.NewGuid():N}"[..30],
            category = "advanced-manufacturing",
            mainIndustry = "法兰 flanges",
        });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        if (waitForEnterprises)
        {
            await System.EnterprisesKnowTownAsync(id);
        }

        return id;
    }

    private GrpcChannel Channel(Uri address)
    {
        var channel = GrpcChannel.ForAddress(address);
        _channels.Add(channel);
        return channel;
    }
}
