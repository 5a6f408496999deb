using Grpc.Core;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>Gives every call without a deadline one, so that a stuck service cannot hold a request forever.</summary>
public sealed class DeadlineInterceptor(TimeSpan timeout, TimeProvider time) : CallOptionsInterceptor
{
    protected override CallOptions Apply(CallOptions options) =>
        options.Deadline is null ? options.WithDeadline(time.GetUtcNow().UtcDateTime.Add(timeout)) : options;
}
