namespace SpecialtyTowns.ServiceDefaults.Sidecar;

/// <summary>One key of one secret in the Dapr secret store (a Kubernetes Secret and one of its keys).</summary>
public sealed record SecretReference(string Name, string Key)
{
    public static SecretReference Parse(string setting, string value)
    {
        var parts = value.Split('/');
        return parts is [{ Length: > 0 } name, { Length: > 0 } key]
            ? new SecretReference(name, key)
            : throw new InvalidOperationException($"Dapr:Secrets:{setting} must read '<secret name>/<key>', not '{value}'");
    }
}
