using Grpc.Core;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// One Polly pipeline per service, from the DI registry: a circuit breaker around retries of
/// reads. The breaker sits outside the retries, so a read retried three times counts once.
/// </summary>
/// <remarks>
/// Both watch gRPC status codes rather than HTTP responses: a gRPC failure is an HTTP 200 with a
/// grpc-status trailer, which an HTTP-level handler does not see, so the pipeline runs in
/// <see cref="ResilienceInterceptor"/>. Business outcomes (NotFound, InvalidArgument, ...) are
/// answers, not failures, and so is a caller's cancellation (Polly counts what it does not handle
/// as a success, so a half-open trial that its caller cancelled closes the circuit).
/// </remarks>
public static class ServiceResilience
{
    /// <summary>Set by the interceptor for Get/List/Search calls: only those are retried.</summary>
    public static readonly ResiliencePropertyKey<bool> IsIdempotent = new("SpecialtyTowns.ServiceClients.IsIdempotent");

    public static string PipelineKey(string service) => $"{ServiceClientOptions.SectionName}:{service}";

    public static bool IsFailure(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown;

    public static RpcException CircuitOpen(string service) =>
        new(new Status(StatusCode.Unavailable, $"The {service} service is unavailable (circuit open)"));

    public static ResiliencePipelineBuilder Configure(this ResiliencePipelineBuilder pipeline, ServiceClientOptions options)
    {
        var breaker = options.CircuitBreaker;
        pipeline.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = breaker.SamplingDuration,
            BreakDuration = breaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is RpcException rpc && IsFailure(rpc.StatusCode)),
        });
        if (options.MaxAttempts > 1)
        {
            pipeline.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(1),
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(IsIdempotent, false)
                    && args.Outcome.Exception is RpcException { StatusCode: StatusCode.Unavailable }),
            });
        }

        return pipeline;
    }
}
