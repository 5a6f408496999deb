using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace SpecialtyTowns.TestKit;

/// <summary>
/// One gRPC service hosted in the test process (its own <c>Program</c>, on the test server),
/// configured as <see cref="SystemUnderTest"/> configures the deployed process, against the real
/// PostgreSQL in a fresh database and RabbitMQ in a fresh virtual host. Tests call it over an
/// in-memory channel, as any role or with no token, and check its database and its broker.
/// </summary>
/// <remarks>A test project declares one subclass per service as its collection fixture.</remarks>
public abstract class ServiceHost<TProgram>(string service) : IAsyncLifetime
    where TProgram : class
{
    private Factory? _factory;
    private GrpcChannel? _channel;
    private IBusControl? _publisher;

    public TestKeys Keys { get; } = new();

    /// <summary>Recreated empty at each start and kept after the run, for a look at what a failing test left.</summary>
    public string Database => $"svc_{service}";

    public string VirtualHost => $"svc-{service}";

    /// <summary>Calls with no token at all: refused by every service method.</summary>
    public CallInvoker Unauthenticated => Channel.CreateCallInvoker();

    /// <summary>The in-memory server: HTTP calls (health, a gateway's routes), with the connection and scheme a test sets.</summary>
    public TestServer Server => _factory?.Server ?? throw new InvalidOperationException("The service host is not started");

    private GrpcChannel Channel => _channel ?? throw new InvalidOperationException("The service host is not started");

    public async Task InitializeAsync()
    {
        await Infrastructure.StartAsync();
        await TestDatabase.RecreateAsync(Database);
        await Infrastructure.CreateVirtualHostAsync(VirtualHost);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = Infrastructure.PostgresServer.Replace(";Pooling=false", string.Empty, StringComparison.Ordinal),
            ["ConnectionStrings:Redis"] = Infrastructure.Redis,
            ["ConnectionStrings:RabbitMq"] = Infrastructure.RabbitMq(VirtualHost),
            ["Database:Name"] = Database,
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Auth:PublicKeyPem"] = Keys.PublicKeyPem,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        Configure(settings);
        _factory = new Factory(settings);

        // Reading Server runs Program: migrations, then the host start.
        _channel = GrpcChannel.ForAddress(_factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = _factory.Server.CreateHandler() });
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    /// <summary>Calls signed in as <paramref name="caller"/>, with a token the service accepts.</summary>
    public CallInvoker As(TestCaller caller)
    {
        var token = TestTokens.Mint(Keys.Rsa, caller.Claims());
        return Channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        });
    }

    /// <summary>A generated client (<c>TownsService.TownsServiceClient</c>...) calling as <paramref name="caller"/>, or with no token.</summary>
    public TClient Client<TClient>(TestCaller? caller)
        where TClient : ClientBase<TClient> =>
        (TClient)Activator.CreateInstance(typeof(TClient), caller is null ? Unauthenticated : As(caller))!;

    public Task<long> CountAsync(string sql, params object[] parameters) => TestDatabase.CountAsync(Database, sql, parameters);

    /// <summary>
    /// Outbox rows of one event type (<c>TownRegistered</c>) whose payload mentions <paramref name="id"/>.
    /// The type is matched loosely, so the test does not depend on how the outbox spells type names.
    /// </summary>
    public Task<long> CountOutboxAsync(string eventName, string id) => CountAsync(
        "SELECT count(*) FROM outbox_messages WHERE lower(replace(replace(replace(message_type, '-', ''), '_', ''), '.', '')) LIKE $1 AND payload::text LIKE $2",
        "%" + eventName.ToLowerInvariant() + "%",
        "%" + id + "%");

    /// <summary>Publishes an integration event into the service's virtual host, as another service would.</summary>
    public async Task PublishAsync<T>(T message)
        where T : class
    {
        _publisher ??= await StartPublisherAsync();
        await _publisher.Publish(message);
    }

    /// <summary>Publishes an integration event under a message id of the test's choosing, as a redelivery would carry it.</summary>
    public async Task PublishAsync<T>(T message, Guid messageId)
        where T : class
    {
        _publisher ??= await StartPublisherAsync();
        await _publisher.Publish(message, context => context.MessageId = messageId);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.StopAsync();
        }

        _channel?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Keys.Dispose();
    }

    /// <summary>Adds or changes settings of this service before it starts.</summary>
    protected virtual void Configure(IDictionary<string, string> settings)
    {
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = _factory!.CreateClient();
        await Eventually.TrueAsync(
            async () => (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode,
            timeout,
            $"{service} to be ready");
    }

    private async Task<IBusControl> StartPublisherAsync()
    {
        var uri = new Uri(Infrastructure.RabbitMq(VirtualHost));
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(uri.Host, (ushort)uri.Port, VirtualHost, host =>
        {
            host.Username("specialtytowns");
            host.Password("specialtytowns");
            host.PublisherConfirmation = true;
        }));
        await bus.StartAsync();
        return bus;
    }

    private sealed class Factory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<TProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
