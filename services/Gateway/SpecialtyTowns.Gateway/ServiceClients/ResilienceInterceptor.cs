using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Puts unary calls through the service's resilience pipeline (<see cref="ServiceResilience"/>)
/// with the caller's cancellation. An open circuit fails the call at once with Unavailable. The
/// services have no streaming calls; those pass ungated.
/// </summary>
public sealed class ResilienceInterceptor(string service, ResiliencePipeline pipeline) : Interceptor
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var resilience = Begin(context.Method.Name, context.Options.CancellationToken);
        try
        {
            return pipeline.Execute(static (_, call) => call.continuation(call.request, call.context), resilience, (request, context, continuation));
        }
        catch (BrokenCircuitException)
        {
            throw ServiceResilience.CircuitOpen(service);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        // The last attempt answers for headers, status and trailers.
        AsyncUnaryCall<TResponse>? attempt = null;
        var response = RunAsync(context.Method.Name, context.Options.CancellationToken, () =>
        {
            attempt = continuation(request, context);
            return attempt.ResponseAsync;
        });
        return new AsyncUnaryCall<TResponse>(
            response,
            HeadersAsync(),
            () => attempt?.GetStatus() ?? ServiceResilience.CircuitOpen(service).Status,
            () => attempt?.GetTrailers() ?? [],
            () => attempt?.Dispose());

        async Task<Metadata> HeadersAsync()
        {
            await Task.WhenAny(response);
            return attempt is null ? [] : await attempt.ResponseHeadersAsync;
        }
    }

    private static ResilienceContext Begin(string method, CancellationToken cancellationToken)
    {
        var resilience = ResilienceContextPool.Shared.Get(cancellationToken);
        resilience.Properties.Set(ServiceResilience.IsIdempotent, IdempotentMethods.IsIdempotent(method));
        return resilience;
    }

    private async Task<TResponse> RunAsync<TResponse>(string method, CancellationToken cancellationToken, Func<Task<TResponse>> send)
    {
        var resilience = Begin(method, cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(static async (_, send) => await send(), resilience, send);
        }
        catch (BrokenCircuitException)
        {
            throw ServiceResilience.CircuitOpen(service);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled while waiting to retry: report it as gRPC reports a cancelled call.
            throw new RpcException(new Status(StatusCode.Cancelled, "Call cancelled by the caller"));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }
}
