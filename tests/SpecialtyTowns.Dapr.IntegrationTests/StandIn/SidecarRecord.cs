using System.Collections.Concurrent;

namespace SpecialtyTowns.Dapr.IntegrationTests.StandIn;

/// <summary>What one stand-in sidecar was asked to do, for the tests to assert on.</summary>
public sealed class SidecarRecord
{
    /// <summary>"{store}/{secret name}" of every GetSecret, and "{store}/*" of every GetBulkSecret.</summary>
    public ConcurrentQueue<string> SecretReads { get; } = new();

    /// <summary>"{app id}{path}" of every call proxied by service invocation.</summary>
    public ConcurrentQueue<string> Invocations { get; } = new();
}
