using Dapr.Client;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;
using Polly.Registry;

namespace SpecialtyTowns.Gateway.ServiceClients;

public static class ServiceClientExtensions
{
    /// <summary>
    /// A typed gRPC client for one service: direct ("Services:{service}:Grpc") or through the
    /// Dapr sidecar ("Dapr:GrpcPort" or DAPR_GRPC_PORT, app id "Services:{service}:AppId" or the
    /// name in lower case); every call gets a deadline ("Services:Deadline"), and goes through the
    /// service's resilience pipeline: reads retried on Unavailable, a circuit breaker per service.
    /// </summary>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : ClientBase
    {
        var target = ServiceTarget.Resolve(builder.Configuration, service);
        var options = ServiceClientOptions.From(builder.Configuration);
        var pipelineKey = ServiceResilience.PipelineKey(service);

        builder.Services.TryAddSingleton(TimeProvider.System);
        // Clients of one service (Towns has two) share its pipeline, and so its circuit.
        if (builder.Properties.TryAdd(pipelineKey, service))
        {
            builder.Services.AddResiliencePipeline(pipelineKey, (pipeline, context) =>
            {
                pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                pipeline.Configure(options);
            });
        }

        var client = builder.Services.AddGrpcClient<TClient>(client =>
        {
            client.Address = target.Address;
            client.InterceptorRegistrations.Add(new InterceptorRegistration(
                InterceptorScope.Channel,
                services => new DeadlineInterceptor(options.Deadline, services.GetRequiredService<TimeProvider>())));
            client.InterceptorRegistrations.Add(new InterceptorRegistration(
                InterceptorScope.Channel,
                services => new ResilienceInterceptor(
                    service,
                    services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(pipelineKey))));
        });
        if (target.DaprAppId is { } appId)
        {
            // Registered last, so innermost. The SDK's channel sends through this client's own
            // handler pipeline (telemetry, and the tests' fake network).
            client.AddInterceptor(InterceptorScope.Channel, services => new DaprInvocationInterceptor(DaprClient.CreateInvocationInvoker(
                appId,
                new GrpcChannelOptions
                {
                    HttpHandler = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(client.Name),
                    LoggerFactory = services.GetService<ILoggerFactory>(),
                },
                target.Address.ToString())));
        }

        return client;
    }
}
