using System.Net.Http.Json;
using Grpc.Net.Client;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.EndToEnd;

/// <summary>Starts the whole system once for the end-to-end collection.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private readonly List<GrpcChannel> _channels = [];

    public SystemUnderTest System { get; } = new("e2e");

    public HttpClient Gateway { get; private set; } = null!;

    public TownsService.TownsServiceClient TownsClient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await System.StartAsync();
        Gateway = new HttpClient { BaseAddress = System.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        TownsClient = new TownsService.TownsServiceClient(Channel(System.GrpcAddresses["towns"]));
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        await System.DisposeAsync();
    }

    /// <summary>Registers a town through the REST API with a name no other test uses.</summary>
    public async Task<string> RegisterTownAsync(string prefix)
    {
        using var response = await Gateway.PostAsJsonAsync("/api/v1/towns", new
        {
            name = $"{prefix}{Guid.NewGuid():N}"[..30],
            category = "advanced-manufacturing",
            mainIndustry = "法兰 flanges",
        });
        response.EnsureSuccessStatusCode();
        var town = await response.Content.ReadFromJsonAsync<IdOnly>();
        return town!.Id;
    }

    private GrpcChannel Channel(Uri address)
    {
        var channel = GrpcChannel.ForAddress(address);
        _channels.Add(channel);
        return channel;
    }

    private sealed record IdOnly(string Id);
}
