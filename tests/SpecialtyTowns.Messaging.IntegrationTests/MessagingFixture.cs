using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.Messaging.Extensions;
using SpecialtyTowns.Messaging.IntegrationTests.Fakes;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.ServiceDefaults.Extensions;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Messaging.IntegrationTests;

/// <summary>
/// A host wired exactly like a service (our AddMessaging, AddOutbox, AddServiceDatabase) on
/// the real PostgreSQL and RabbitMQ, in a database and virtual host of its own.
/// </summary>
public sealed class MessagingFixture : IAsyncLifetime
{
    public const string Database = "messaging_tests";
    public const string VirtualHost = "messaging-tests";
    public const string ServiceName = "sample";
    public const int RetryLimit = 2;

    private IHost? _host;

    public IServiceProvider Services => _host!.Services;

    public HandlingLog Log { get; } = new();

    /// <summary>The consumer's declared queue, with MassTransit's suffix for messages that failed every retry.</summary>
    public string ErrorQueue => $"{SampleConsumer.Queue}_error";

    public async Task InitializeAsync()
    {
        await Infrastructure.StartAsync();
        await Infrastructure.CreateVirtualHostAsync(VirtualHost);
        await TestDatabase.RecreateAsync(Database);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = Infrastructure.PostgresServer,
            ["ConnectionStrings:RabbitMq"] = Infrastructure.RabbitMq(VirtualHost),
            ["Database:Name"] = Database,
            ["Messaging:Retry:Limit"] = RetryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:Retry:MinInterval"] = "00:00:00.050",
            ["Messaging:Retry:MaxInterval"] = "00:00:00.200",
            ["Messaging:Retry:IntervalDelta"] = "00:00:00.050",
            ["Outbox:PollInterval"] = "00:00:00.200",
        });
        builder.Services.AddSingleton(Log);
        builder.AddServiceDatabase<SampleDbContext>(Database);
        builder.AddMessaging(ServiceName, bus => bus.AddConsumer<SampleConsumer>(consumer => consumer.ConcurrentMessageLimit = 1));
        builder.AddOutbox<SampleDbContext>(new MessageTypeRegistry([typeof(SampleHappened)]));
        _host = builder.Build();

        using (var scope = _host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SampleDbContext>().Database.EnsureCreatedAsync();
        }

        await _host.StartAsync();
        await _host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public Task<long> CountOutboxAsync(string labelCondition, params object[] parameters) =>
        TestDatabase.CountAsync(Database, $"SELECT count(*) FROM outbox_messages WHERE payload->>'label' {labelCondition}", parameters);

    public Task<int> CountHandledAsync(string label) =>
        InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Handled.CountAsync(h => h.Label == label));
}
