using Grpc.Core;
using Grpc.Net.Client.Configuration;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Which calls may be retried: reads (Get*, List*, Search*) only. A mutating call that failed
/// may still have taken effect, so it is never sent twice by the client.
/// </summary>
public static class IdempotentMethods
{
    private static readonly string[] Prefixes = ["Get", "List", "Search"];

    public static bool IsIdempotent(string method) =>
        Array.Exists(Prefixes, prefix => method.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The service behind a protoc-generated client (TownsService for TownsServiceClient).</summary>
    public static ServiceDescriptor DescriptorOf<TClient>()
        where TClient : ClientBase =>
        typeof(TClient).DeclaringType?.GetProperty("Descriptor")?.GetValue(null) as ServiceDescriptor
        ?? throw new InvalidOperationException($"{typeof(TClient).Name} is not a protoc-generated client");

    /// <summary>gRPC's own retry policy, on Unavailable, for the service's idempotent methods.</summary>
    public static ServiceConfig RetryConfig(ServiceDescriptor service, int maxAttempts)
    {
        var retry = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = maxAttempts,
                InitialBackoff = TimeSpan.FromMilliseconds(100),
                MaxBackoff = TimeSpan.FromSeconds(1),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var method in service.Methods.Where(m => IsIdempotent(m.Name)))
        {
            retry.Names.Add(new MethodName { Service = service.FullName, Method = method.Name });
        }

        var config = new ServiceConfig();
        if (retry.Names.Count > 0 && maxAttempts > 1)
        {
            config.MethodConfigs.Add(retry);
        }

        return config;
    }
}
