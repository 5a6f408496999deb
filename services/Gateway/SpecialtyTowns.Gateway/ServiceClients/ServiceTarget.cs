using SpecialtyTowns.ServiceDefaults.Sidecar;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Where the gateway sends a service's calls: straight to the service ("Services:{name}:Grpc"),
/// or, when a Dapr sidecar is present (<see cref="DaprSidecar.GrpcPort"/>), to the sidecar,
/// which routes by the target's app id (Dapr service invocation, gRPC proxying).
/// </summary>
public sealed record ServiceTarget(Uri Address, string? DaprAppId)
{
    public const string DaprAppIdHeader = "dapr-app-id";

    /// <summary>The Dapr app id of a service: "Services:{name}:AppId", else the name in lower case.</summary>
    public static string AppId(IConfiguration configuration, string service)
    {
        var configured = configuration[$"{ServiceClientOptions.SectionName}:{service}:AppId"];
        return string.IsNullOrWhiteSpace(configured) ? service.ToLowerInvariant() : configured;
    }

    public static ServiceTarget Resolve(IConfiguration configuration, string service)
    {
        if (DaprSidecar.GrpcEndpoint(configuration) is { } sidecar)
        {
            return new ServiceTarget(new Uri(sidecar), AppId(configuration, service));
        }

        var address = configuration[$"{ServiceClientOptions.SectionName}:{service}:Grpc"]
            ?? throw new InvalidOperationException($"{ServiceClientOptions.SectionName}:{service}:Grpc is not configured");
        return new ServiceTarget(new Uri(address), null);
    }
}
