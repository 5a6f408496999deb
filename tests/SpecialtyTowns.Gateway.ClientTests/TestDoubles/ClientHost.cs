using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpecialtyTowns.Gateway.ServiceClients;

namespace SpecialtyTowns.Gateway.ClientTests.TestDoubles;

/// <summary>A host with one service client registered as the gateway does, over a fake network.</summary>
public sealed class ClientHost : IDisposable
{
    private readonly ServiceProvider _services;

    private ClientHost(ServiceProvider services, FakeGrpcHandler handler)
    {
        _services = services;
        Handler = handler;
    }

    public FakeGrpcHandler Handler { get; }

    public IServiceProvider Services => _services;

    public static ClientHost Create<TClient>(string service, IDictionary<string, string?> settings)
        where TClient : ClientBase =>
        Create(settings, builder => builder.AddServiceClient<TClient>(service));

    /// <summary>Several clients in one container, all over the same fake network.</summary>
    public static ClientHost Create(IDictionary<string, string?> settings, params Func<IHostApplicationBuilder, IHttpClientBuilder>[] clients) =>
        Create(settings, TimeProvider.System, clients);

    /// <summary>Several clients on a clock the test moves (circuit breaks, deadlines).</summary>
    public static ClientHost Create(IDictionary<string, string?> settings, TimeProvider time, params Func<IHostApplicationBuilder, IHttpClientBuilder>[] clients)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(time);
        var handler = new FakeGrpcHandler();
        foreach (var client in clients)
        {
            client(builder).ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        return new ClientHost(builder.Services.BuildServiceProvider(), handler);
    }

    public TClient Client<TClient>()
        where TClient : class => _services.GetRequiredService<TClient>();

    public void Dispose() => _services.Dispose();
}
