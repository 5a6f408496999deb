using Dapr.Client;
using Microsoft.Extensions.Configuration;

namespace SpecialtyTowns.ServiceDefaults.Sidecar;

/// <summary>
/// Configuration values read once, at start, from the Dapr secret store through the sidecar:
/// connection strings and signing keys then come from the store, not from the environment.
/// </summary>
public sealed class DaprSecretsConfigurationSource(
    Func<DaprClient> client,
    string store,
    IReadOnlyDictionary<string, SecretReference> secrets,
    TimeSpan sidecarWait) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new DaprSecretsConfigurationProvider(client, store, secrets, sidecarWait);
}
