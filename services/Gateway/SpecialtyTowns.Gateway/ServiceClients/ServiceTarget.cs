namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Where the gateway sends a service's calls: straight to the service ("Services:{name}:Grpc"),
/// or, when a Dapr sidecar is present, to the sidecar with the target's app id in metadata.
/// </summary>
public sealed record ServiceTarget(Uri Address, string? DaprAppId)
{
    public const string DaprAppIdHeader = "dapr-app-id";

    /// <summary>
    /// "Dapr:GrpcPort", else DAPR_GRPC_PORT, which the Dapr sidecar injector sets. The host's
    /// configuration includes environment variables, so tests set either key in memory.
    /// </summary>
    public static int? DaprGrpcPort(IConfiguration configuration)
    {
        var value = configuration["Dapr:GrpcPort"];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration["DAPR_GRPC_PORT"];
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"The Dapr gRPC port '{value}' is not a port number");
    }

    /// <summary>The Dapr app id of a service: "Services:{name}:AppId", else the name in lower case.</summary>
    public static string AppId(IConfiguration configuration, string service)
    {
        var configured = configuration[$"{ServiceClientOptions.SectionName}:{service}:AppId"];
        return string.IsNullOrWhiteSpace(configured) ? service.ToLowerInvariant() : configured;
    }

    public static ServiceTarget Resolve(IConfiguration configuration, string service)
    {
        if (DaprGrpcPort(configuration) is { } port)
        {
            return new ServiceTarget(new Uri($"http://127.0.0.1:{port}"), AppId(configuration, service));
        }

        var address = configuration[$"{ServiceClientOptions.SectionName}:{service}:Grpc"]
            ?? throw new InvalidOperationException($"{ServiceClientOptions.SectionName}:{service}:Grpc is not configured");
        return new ServiceTarget(new Uri(address), null);
    }
}
