using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SpecialtyTowns.Gateway.ServiceClients;

namespace SpecialtyTowns.Gateway.ClientTests.ServiceClients;

public sealed class ServiceCircuitBreakerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ServiceCircuitBreaker _breaker;

    public ServiceCircuitBreakerTests() => _breaker = new ServiceCircuitBreaker(
        "Towns",
        new CircuitBreakerOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 4,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(15),
        },
        _time,
        NullLogger<ServiceCircuitBreaker>.Instance);

    [Fact]
    public void Exit_WhenFailureRatioReachedAtMinimumThroughput_OpensTheCircuit()
    {
        Record(StatusCode.OK, StatusCode.Unavailable, StatusCode.OK, StatusCode.DeadlineExceeded);

        var entered = _breaker.TryEnter(out _);

        Assert.True(_breaker.IsOpen);
        Assert.False(entered);
    }

    [Fact]
    public void Exit_WhenBelowMinimumThroughput_KeepsTheCircuitClosed()
    {
        Record(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);

        var entered = _breaker.TryEnter(out var isTrial);

        Assert.True(entered);
        Assert.False(isTrial);
    }

    [Fact]
    public void Exit_WhenServiceAnswersWithBusinessErrors_KeepsTheCircuitClosed()
    {
        Record(StatusCode.NotFound, StatusCode.InvalidArgument, StatusCode.AlreadyExists, StatusCode.PermissionDenied, StatusCode.FailedPrecondition);

        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public void Exit_WhenCallersCancel_DoesNotCountThem()
    {
        Record(StatusCode.Cancelled, StatusCode.Cancelled, StatusCode.Cancelled, StatusCode.Unavailable);

        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public void Exit_WhenFailuresFallInDifferentSamplingWindows_KeepsTheCircuitClosed()
    {
        Record(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(31));

        Record(StatusCode.Unavailable);

        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public void TryEnter_WhenBreakHasPassed_LetsOneTrialCallThrough()
    {
        Record(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(15));

        var first = _breaker.TryEnter(out var firstIsTrial);
        var second = _breaker.TryEnter(out _);

        Assert.True(first);
        Assert.True(firstIsTrial);
        Assert.False(second);
    }

    [Fact]
    public void Exit_WhenTrialSucceeds_ClosesTheCircuit()
    {
        Record(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(15));
        _breaker.TryEnter(out var isTrial);

        _breaker.Exit(StatusCode.OK, isTrial);

        Assert.False(_breaker.IsOpen);
        Assert.True(_breaker.TryEnter(out _));
    }

    [Fact]
    public void Exit_WhenTrialFails_ReopensForAnotherBreak()
    {
        Record(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(15));
        _breaker.TryEnter(out var isTrial);

        _breaker.Exit(StatusCode.Unavailable, isTrial);
        _time.Advance(TimeSpan.FromSeconds(14));

        Assert.True(_breaker.IsOpen);
        Assert.False(_breaker.TryEnter(out _));
    }

    [Fact]
    public void Exit_WhenTrialIsCancelled_LetsTheNextCallTry()
    {
        Record(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(15));
        _breaker.TryEnter(out var isTrial);

        _breaker.Exit(StatusCode.Cancelled, isTrial);
        var next = _breaker.TryEnter(out var nextIsTrial);

        Assert.True(next);
        Assert.True(nextIsTrial);
    }

    private void Record(params StatusCode[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            Assert.True(_breaker.TryEnter(out var isTrial));
            _breaker.Exit(outcome, isTrial);
        }
    }
}
