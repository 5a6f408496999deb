using Grpc.Core;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>Names the target app on every call, which is how the Dapr sidecar's gRPC proxy routes it.</summary>
public sealed class DaprAppIdInterceptor(string appId) : CallOptionsInterceptor
{
    protected override CallOptions Apply(CallOptions options)
    {
        // A copy: the caller's metadata may be reused for other calls.
        var headers = new Metadata();
        foreach (var entry in options.Headers ?? [])
        {
            if (!string.Equals(entry.Key, ServiceTarget.DaprAppIdHeader, StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(entry);
            }
        }

        headers.Add(ServiceTarget.DaprAppIdHeader, appId);
        return options.WithHeaders(headers);
    }
}
