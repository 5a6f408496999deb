using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SpecialtyTowns.Gateway.ServiceClients;

public static class ServiceClientExtensions
{
    /// <summary>
    /// A typed gRPC client for one service: direct ("Services:{service}:Grpc") or through the
    /// Dapr sidecar ("Dapr:GrpcPort" or DAPR_GRPC_PORT, app id "Services:{service}:AppId" or the
    /// name in lower case); every call gets a deadline ("Services:Deadline"), reads are retried
    /// on Unavailable, and the service's circuit breaker fails calls fast while it is down.
    /// </summary>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : ClientBase
    {
        var target = ServiceTarget.Resolve(builder.Configuration, service);
        var options = ServiceClientOptions.From(builder.Configuration);
        var retries = IdempotentMethods.RetryConfig(IdempotentMethods.DescriptorOf<TClient>(), options.MaxAttempts);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddKeyedSingleton(service, (services, _) => new ServiceCircuitBreaker(
            service,
            options.CircuitBreaker,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ServiceCircuitBreaker>>()));

        return builder.Services
            .AddGrpcClient<TClient>(client =>
            {
                client.Address = target.Address;
                if (target.DaprAppId is { } appId)
                {
                    client.InterceptorRegistrations.Add(new InterceptorRegistration(
                        InterceptorScope.Channel,
                        _ => new DaprAppIdInterceptor(appId)));
                }

                client.InterceptorRegistrations.Add(new InterceptorRegistration(
                    InterceptorScope.Channel,
                    services => new DeadlineInterceptor(options.Deadline, services.GetRequiredService<TimeProvider>())));
                client.InterceptorRegistrations.Add(new InterceptorRegistration(
                    InterceptorScope.Channel,
                    services => new CircuitBreakerInterceptor(services.GetRequiredKeyedService<ServiceCircuitBreaker>(service))));
            })
            .ConfigureChannel(channel => channel.ServiceConfig = retries);
    }
}
