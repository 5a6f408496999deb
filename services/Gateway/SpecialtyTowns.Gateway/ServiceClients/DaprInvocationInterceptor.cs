using Grpc.Core;
using Grpc.Core.Interceptors;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Under Dapr, hands every call to the SDK's invocation invoker
/// (<c>DaprClient.CreateInvocationInvoker</c>), which sends it to the sidecar naming the target
/// app. It is the innermost interceptor: the deadline, retries and circuit breaker above it apply
/// as on the direct path, and the client factory's own channel is not used.
/// </summary>
public sealed class DaprInvocationInterceptor(CallInvoker dapr) : Interceptor
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation) =>
        dapr.BlockingUnaryCall(context.Method, context.Host, Options(context.Options), request);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        dapr.AsyncUnaryCall(context.Method, context.Host, Options(context.Options), request);

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        dapr.AsyncServerStreamingCall(context.Method, context.Host, Options(context.Options), request);

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        dapr.AsyncClientStreamingCall(context.Method, context.Host, Options(context.Options));

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation) =>
        dapr.AsyncDuplexStreamingCall(context.Method, context.Host, Options(context.Options));

    /// <summary>
    /// A copy without any app id of the caller's: the SDK adds its own to the headers it is given,
    /// in place, and the caller's metadata may be reused for other calls.
    /// </summary>
    private static CallOptions Options(CallOptions options)
    {
        var headers = new Metadata();
        foreach (var entry in options.Headers ?? [])
        {
            if (!string.Equals(entry.Key, ServiceTarget.DaprAppIdHeader, StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(entry);
            }
        }

        return options.WithHeaders(headers);
    }
}
