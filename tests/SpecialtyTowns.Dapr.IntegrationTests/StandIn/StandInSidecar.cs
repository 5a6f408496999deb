using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.TestKit;
using Yarp.ReverseProxy.Forwarder;

namespace SpecialtyTowns.Dapr.IntegrationTests.StandIn;

/// <summary>
/// A Dapr sidecar for tests, where none can run: one app's gRPC API port (HTTP/2 on 127.0.0.1)
/// serving the secret store calls, and service invocation proxied by the dapr-app-id header to
/// the named app's gRPC address. It records what it was asked.
/// </summary>
public sealed class StandInSidecar : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpMessageInvoker _forwarding;

    private StandInSidecar(WebApplication app, HttpMessageInvoker forwarding, SidecarRecord record, int grpcPort)
    {
        _app = app;
        _forwarding = forwarding;
        Record = record;
        GrpcPort = grpcPort;
    }

    public const string AppIdHeader = "dapr-app-id";

    public SidecarRecord Record { get; }

    public int GrpcPort { get; }

    public static async Task<StandInSidecar> StartAsync(SecretStore store, IReadOnlyDictionary<string, Uri> apps)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test folder holds the hosts' appsettings.json (their Kestrel endpoints): not ours.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        var record = new SidecarRecord();
        builder.Services.AddSingleton(store).AddSingleton(record);
        // Calls for the apps' own services are not the runtime's: they fall through to the proxy.
        builder.Services.AddGrpc(grpc => grpc.IgnoreUnknownServices = true);
        builder.Services.AddHttpForwarder();

        var app = builder.Build();
        var forwarding = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        });
        app.MapGrpcService<StandInDaprRuntime>();
        app.Map("/{**path}", (HttpContext context, IHttpForwarder forwarder) => InvokeAsync(context, forwarder, forwarding, apps, record));
        await app.StartAsync();
        return new StandInSidecar(app, forwarding, record, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _forwarding.Dispose();
    }

    private static async Task InvokeAsync(
        HttpContext context,
        IHttpForwarder forwarder,
        HttpMessageInvoker forwarding,
        IReadOnlyDictionary<string, Uri> apps,
        SidecarRecord record)
    {
        var appId = context.Request.Headers[AppIdHeader].ToString();
        if (!apps.TryGetValue(appId, out var target))
        {
            // A trailers-only gRPC answer, as the runtime gives for an app it cannot resolve.
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ((int)Grpc.Core.StatusCode.Unavailable).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = $"no app with id '{appId}'";
            return;
        }

        record.Invocations.Enqueue(appId + context.Request.Path);
        var config = new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        await forwarder.SendAsync(context, target.ToString(), forwarding, config, HttpTransformer.Default);
    }
}
