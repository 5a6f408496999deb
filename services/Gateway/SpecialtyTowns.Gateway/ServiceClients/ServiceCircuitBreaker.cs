using Grpc.Core;

namespace SpecialtyTowns.Gateway.ServiceClients;

/// <summary>
/// One service's circuit. Closed: calls go through and their outcomes are sampled. Open: calls
/// fail at once with Unavailable, sparing a struggling service and the gateway's threads.
/// After the break one trial call goes through: success closes the circuit, failure reopens it.
/// </summary>
/// <remarks>
/// It watches gRPC status codes rather than HTTP responses: a gRPC failure is an HTTP 200
/// with a grpc-status trailer, which an HTTP-level breaker does not see. Business outcomes
/// (NotFound, InvalidArgument, ...) are answers, not failures; a caller's cancellation is neither.
/// </remarks>
public sealed class ServiceCircuitBreaker(
    string service,
    CircuitBreakerOptions options,
    TimeProvider time,
    ILogger<ServiceCircuitBreaker> logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = time.GetUtcNow();
    private int _calls;
    private int _failures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    public string Service => service;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _openUntil is not null;
            }
        }
    }

    public static bool IsFailure(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown;

    public static RpcException OpenException(string service) =>
        new(new Status(StatusCode.Unavailable, $"The {service} service is unavailable (circuit open)"));

    /// <summary>False while the circuit is open; <paramref name="isTrial"/> when this call tests a half-open circuit.</summary>
    public bool TryEnter(out bool isTrial)
    {
        lock (_gate)
        {
            isTrial = false;
            if (_openUntil is null)
            {
                return true;
            }

            if (_trialInFlight || time.GetUtcNow() < _openUntil)
            {
                return false;
            }

            _trialInFlight = true;
            isTrial = true;
            return true;
        }
    }

    public void Exit(StatusCode status, bool isTrial)
    {
        var ignored = status == StatusCode.Cancelled;
        var failed = IsFailure(status);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (isTrial)
            {
                _trialInFlight = false;
                if (ignored)
                {
                    return;
                }

                if (failed)
                {
                    Open(now, "its trial call failed");
                }
                else
                {
                    _openUntil = null;
                    ResetWindow(now);
                    logger.LogInformation("Circuit for the {Service} service closed", service);
                }

                return;
            }

            // Calls that started before the circuit opened say nothing about the trial.
            if (_openUntil is not null || ignored)
            {
                return;
            }

            if (now - _windowStart >= options.SamplingDuration)
            {
                ResetWindow(now);
            }

            _calls++;
            if (failed)
            {
                _failures++;
            }

            if (_calls >= options.MinimumThroughput && _failures >= options.FailureRatio * _calls)
            {
                Open(now, $"{_failures} of {_calls} calls failed");
            }
        }
    }

    private void Open(DateTimeOffset now, string reason)
    {
        _openUntil = now + options.BreakDuration;
        ResetWindow(now);
        logger.LogWarning(
            "Circuit for the {Service} service opened for {BreakDuration}: {Reason}",
            service,
            options.BreakDuration,
            reason);
    }

    private void ResetWindow(DateTimeOffset now)
    {
        _windowStart = now;
        _calls = 0;
        _failures = 0;
    }
}
