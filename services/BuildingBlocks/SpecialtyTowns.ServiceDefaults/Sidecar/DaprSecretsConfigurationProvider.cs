using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Configuration;

namespace SpecialtyTowns.ServiceDefaults.Sidecar;

/// <summary>Reads each named secret once (GetSecret) and keeps the keys the host asked for.</summary>
internal sealed class DaprSecretsConfigurationProvider(
    Func<DaprClient> client,
    string store,
    IReadOnlyDictionary<string, SecretReference> secrets,
    TimeSpan sidecarWait) : ConfigurationProvider
{
    // Configuration loads synchronously; this runs once, before the host is built.
    public override void Load() => Data = LoadAsync().GetAwaiter().GetResult();

    private async Task<IDictionary<string, string?>> LoadAsync()
    {
        using var dapr = client();
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var secret in secrets.GroupBy(s => s.Value.Name, StringComparer.Ordinal))
        {
            var values = await ReadAsync(dapr, secret.Key);
            foreach (var (setting, reference) in secret)
            {
                data[setting] = values.TryGetValue(reference.Key, out var value)
                    ? value
                    : throw new InvalidOperationException($"The secret '{reference.Name}' in the Dapr store '{store}' has no key '{reference.Key}' (for {setting})");
            }
        }

        return data;
    }

    /// <summary>The sidecar may start after the app (Kubernetes starts both at once): wait for it.</summary>
    private async Task<Dictionary<string, string>> ReadAsync(DaprClient dapr, string name)
    {
        var giveUp = DateTimeOffset.UtcNow + sidecarWait;
        while (true)
        {
            try
            {
                return await dapr.GetSecretAsync(store, name);
            }
            catch (DaprException exception) when (IsUnavailable(exception) && DateTimeOffset.UtcNow < giveUp)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private static bool IsUnavailable(DaprException exception) =>
        exception.InnerException is RpcException { StatusCode: StatusCode.Unavailable };
}
