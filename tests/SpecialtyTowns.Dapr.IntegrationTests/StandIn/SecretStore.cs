namespace SpecialtyTowns.Dapr.IntegrationTests.StandIn;

/// <summary>The stand-in's secret store: named secrets, each a set of keys (as Kubernetes Secrets are).</summary>
public sealed record SecretStore(string Name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Secrets);
