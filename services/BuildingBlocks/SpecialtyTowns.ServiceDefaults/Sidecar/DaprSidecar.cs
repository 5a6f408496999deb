using Microsoft.Extensions.Configuration;

namespace SpecialtyTowns.ServiceDefaults.Sidecar;

/// <summary>
/// Whether the host runs beside a Dapr sidecar, and what it takes from it. Without these
/// settings nothing changes: the host talks to its servers and services directly.
/// </summary>
public static class DaprSidecar
{
    public const string SectionName = "Dapr";

    /// <summary>The secret store the deployment declares (deploy/k8s/dapr/secretstore.yaml).</summary>
    public const string DefaultSecretStore = "kubernetes-secrets";

    /// <summary>
    /// "Dapr:GrpcPort", else DAPR_GRPC_PORT, which the Dapr sidecar injector sets. The host's
    /// configuration includes environment variables, so tests set either key in memory.
    /// </summary>
    public static int? GrpcPort(IConfiguration configuration)
    {
        var value = configuration[$"{SectionName}:GrpcPort"];
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

    /// <summary>The sidecar's gRPC endpoint on the pod's loopback, or null when there is no sidecar.</summary>
    public static string? GrpcEndpoint(IConfiguration configuration) =>
        GrpcPort(configuration) is { } port ? $"http://127.0.0.1:{port}" : null;

    public static string SecretStore(IConfiguration configuration) =>
        configuration[$"{SectionName}:SecretStore"] is { Length: > 0 } store ? store : DefaultSecretStore;

    /// <summary>
    /// "Dapr:Secrets": configuration keys to fill from the secret store, each as
    /// "{secret name}/{key}", e.g. Dapr__Secrets__ConnectionStrings__Postgres=specialtytowns-connections/postgres.
    /// </summary>
    public static IReadOnlyDictionary<string, SecretReference> Secrets(IConfiguration configuration) =>
        configuration.GetSection($"{SectionName}:Secrets")
            .AsEnumerable(makePathsRelative: true)
            .Where(entry => entry.Value is not null)
            .ToDictionary(entry => entry.Key, entry => SecretReference.Parse(entry.Key, entry.Value!), StringComparer.OrdinalIgnoreCase);
}
