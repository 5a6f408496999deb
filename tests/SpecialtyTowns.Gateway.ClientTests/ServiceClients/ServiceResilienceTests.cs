using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using SpecialtyTowns.Gateway.ServiceClients;

namespace SpecialtyTowns.Gateway.ClientTests.ServiceClients;

/// <summary>The per-service pipeline on its own, with a clock the tests move.</summary>
public sealed class ServiceResilienceTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ResiliencePipeline _pipeline;

    public ServiceResilienceTests() => _pipeline = new ResiliencePipelineBuilder { TimeProvider = _time }
        .Configure(new ServiceClientOptions
        {
            MaxAttempts = 1,
            CircuitBreaker = new CircuitBreakerOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
            },
        })
        .Build();

    [Fact]
    public async Task Execute_WhenFailureRatioReachedAtMinimumThroughput_OpensTheCircuit()
    {
        await RecordAsync(StatusCode.OK, StatusCode.Unavailable, StatusCode.OK, StatusCode.DeadlineExceeded);

        var sent = await TrySendAsync(StatusCode.OK);

        Assert.False(sent);
    }

    [Fact]
    public async Task Execute_WhenBelowMinimumThroughput_KeepsTheCircuitClosed()
    {
        await RecordAsync(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);

        var sent = await TrySendAsync(StatusCode.OK);

        Assert.True(sent);
    }

    [Fact]
    public async Task Execute_WhenServiceAnswersWithBusinessErrors_KeepsTheCircuitClosed()
    {
        await RecordAsync(StatusCode.NotFound, StatusCode.InvalidArgument, StatusCode.AlreadyExists, StatusCode.PermissionDenied, StatusCode.FailedPrecondition);

        Assert.True(await TrySendAsync(StatusCode.OK));
    }

    [Fact]
    public async Task Execute_WhenCallersCancel_DoesNotCountThemAsFailures()
    {
        await RecordAsync(StatusCode.Cancelled, StatusCode.Cancelled, StatusCode.Cancelled, StatusCode.Unavailable);

        Assert.True(await TrySendAsync(StatusCode.OK));
    }

    [Fact]
    public async Task Execute_WhenFailuresFallInDifferentSamplingWindows_KeepsTheCircuitClosed()
    {
        await RecordAsync(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(31));

        await RecordAsync(StatusCode.Unavailable);

        Assert.True(await TrySendAsync(StatusCode.OK));
    }

    [Fact]
    public async Task Execute_WhenBreakHasPassed_LetsOneTrialCallThrough()
    {
        await OpenAsync();
        _time.Advance(TimeSpan.FromSeconds(15));
        var trialStarted = new TaskCompletionSource();
        var finishTrial = new TaskCompletionSource();

        var trial = _pipeline.ExecuteAsync(async _ =>
        {
            trialStarted.SetResult();
            await finishTrial.Task;
        });
        await trialStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var second = await TrySendAsync(StatusCode.OK);
        finishTrial.SetResult();
        await trial;

        Assert.False(second);
    }

    /// <summary>A trial its caller cancelled proves nothing either way: the next call goes through.</summary>
    [Theory]
    [InlineData(StatusCode.OK)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.Cancelled)]
    public async Task Execute_WhenTrialEndsWithoutAFailure_LetsTheNextCallThrough(StatusCode outcome)
    {
        await OpenAsync();
        _time.Advance(TimeSpan.FromSeconds(15));

        await RecordAsync(outcome);

        Assert.True(await TrySendAsync(StatusCode.OK));
    }

    [Fact]
    public async Task Execute_WhenTrialFails_ReopensForAnotherBreak()
    {
        await OpenAsync();
        _time.Advance(TimeSpan.FromSeconds(15));

        await RecordAsync(StatusCode.Unavailable);
        _time.Advance(TimeSpan.FromSeconds(14));

        Assert.False(await TrySendAsync(StatusCode.OK));
    }

    [Fact]
    public async Task Execute_WhenBreakHasNotPassed_FailsWithoutCalling()
    {
        await OpenAsync();
        _time.Advance(TimeSpan.FromSeconds(14));
        var called = false;

        await Assert.ThrowsAsync<BrokenCircuitException>(() => _pipeline.ExecuteAsync(_ =>
        {
            called = true;
            return ValueTask.CompletedTask;
        }).AsTask());

        Assert.False(called);
    }

    [Fact]
    public async Task Execute_WhenReadFailsWithUnavailable_IsRetriedUpToMaxAttempts()
    {
        var pipeline = new ResiliencePipelineBuilder().Configure(new ServiceClientOptions { MaxAttempts = 3 }).Build();
        var attempts = 0;

        await Assert.ThrowsAsync<RpcException>(() => ExecuteAsync(pipeline, isRead: true, () => attempts++));

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Execute_WhenWriteFailsWithUnavailable_IsNotRetried()
    {
        var pipeline = new ResiliencePipelineBuilder().Configure(new ServiceClientOptions { MaxAttempts = 3 }).Build();
        var attempts = 0;

        await Assert.ThrowsAsync<RpcException>(() => ExecuteAsync(pipeline, isRead: false, () => attempts++));

        Assert.Equal(1, attempts);
    }

    private static async Task ExecuteAsync(ResiliencePipeline pipeline, bool isRead, Action attempt)
    {
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(ServiceResilience.IsIdempotent, isRead);
        try
        {
            await pipeline.ExecuteAsync(
                (_, _) =>
                {
                    attempt();
                    throw new RpcException(new Status(StatusCode.Unavailable, "down"));
                },
                context,
                0);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task OpenAsync() => RecordAsync(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);

    private async Task RecordAsync(params StatusCode[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            Assert.True(await TrySendAsync(outcome));
        }
    }

    /// <summary>False when the circuit refused the call; otherwise the call ran and ended with <paramref name="outcome"/>.</summary>
    private async Task<bool> TrySendAsync(StatusCode outcome)
    {
        try
        {
            await _pipeline.ExecuteAsync(_ => outcome == StatusCode.OK
                ? ValueTask.CompletedTask
                : throw new RpcException(new Status(outcome, outcome.ToString())));
        }
        catch (BrokenCircuitException)
        {
            return false;
        }
        catch (RpcException exception) when (exception.StatusCode == outcome)
        {
            // The call was made; its failure is the outcome recorded.
        }

        return true;
    }
}
