using Grpc.Core;
using Grpc.Core.Interceptors;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// Puts unary calls through the service's circuit breaker. It sits above gRPC's retries, so a
/// read retried three times counts once. The services have no streaming calls; those pass ungated.
/// </summary>
public sealed class CircuitBreakerInterceptor(ServiceCircuitBreaker breaker) : Interceptor
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (!breaker.TryEnter(out var isTrial))
        {
            throw ServiceCircuitBreaker.OpenException(breaker.Service);
        }

        try
        {
            var response = continuation(request, context);
            breaker.Exit(StatusCode.OK, isTrial);
            return response;
        }
        catch (Exception exception)
        {
            breaker.Exit(StatusOf(exception), isTrial);
            throw;
        }
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (!breaker.TryEnter(out var isTrial))
        {
            var open = ServiceCircuitBreaker.OpenException(breaker.Service);
            return new AsyncUnaryCall<TResponse>(
                Task.FromException<TResponse>(open),
                Task.FromResult(new Metadata()),
                () => open.Status,
                () => [],
                () => { });
        }

        AsyncUnaryCall<TResponse> call;
        try
        {
            call = continuation(request, context);
        }
        catch (Exception exception)
        {
            breaker.Exit(StatusOf(exception), isTrial);
            throw;
        }

        return new AsyncUnaryCall<TResponse>(
            ObserveAsync(call.ResponseAsync, isTrial),
            call.ResponseHeadersAsync,
            call.GetStatus,
            call.GetTrailers,
            call.Dispose);
    }

    private static StatusCode StatusOf(Exception exception) => exception switch
    {
        RpcException rpc => rpc.StatusCode,
        OperationCanceledException => StatusCode.Cancelled,
        _ => StatusCode.Unknown,
    };

    private async Task<TResponse> ObserveAsync<TResponse>(Task<TResponse> response, bool isTrial)
    {
        try
        {
            var result = await response;
            breaker.Exit(StatusCode.OK, isTrial);
            return result;
        }
        catch (Exception exception)
        {
            breaker.Exit(StatusOf(exception), isTrial);
            throw;
        }
    }
}
