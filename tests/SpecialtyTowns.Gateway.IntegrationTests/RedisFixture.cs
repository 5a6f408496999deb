using SpecialtyTowns.TestKit;
using StackExchange.Redis;

namespace SpecialtyTowns.Gateway.IntegrationTests;

/// <summary>The real local Redis (deploy/local/infra.sh), one connection for the whole run.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? _redis;

    public IConnectionMultiplexer Redis => _redis ?? throw new InvalidOperationException("Redis is not connected yet");

    /// <summary>A key scope no other test (or earlier run) has used.</summary>
    public static string UniqueScope() => "test-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        await Infrastructure.StartAsync("redis");
        _redis = await ConnectionMultiplexer.ConnectAsync(Infrastructure.Redis);
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
