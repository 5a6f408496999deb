using SpecialtyTowns.Gateway.Caching;

namespace SpecialtyTowns.Gateway.UnitTests.Caching;

public sealed class InflightLoadsTests
{
    [Fact]
    public async Task RunAsync_WhenCallersMissTheSameEntryTogether_LoadsItOnce()
    {
        var loads = new InflightLoads();
        var release = new TaskCompletionSource();
        var calls = 0;
        async Task<LoadedEntry> Load()
        {
            Interlocked.Increment(ref calls);
            await release.Task;
            return new LoadedEntry("\"x\""u8.ToArray(), "x", true);
        }

        var waiting = Enumerable.Range(0, 8).Select(_ => loads.RunAsync("search:q#1", Load)).ToList();
        release.SetResult();
        var results = await Task.WhenAll(waiting);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Equal("x", r.Created));
    }

    [Fact]
    public async Task RunAsync_WhenKeysDiffer_LoadsEach()
    {
        var loads = new InflightLoads();
        var calls = 0;
        Task<LoadedEntry> Load()
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(new LoadedEntry(ReadOnlyMemory<byte>.Empty, null, false));
        }

        await Task.WhenAll(loads.RunAsync("search:a#1", Load), loads.RunAsync("search:a#2", Load), loads.RunAsync("search:b#1", Load));

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task RunAsync_WhenTheFirstLoadFails_WaitingCallersLoadForThemselves()
    {
        var loads = new InflightLoads();
        var failFirst = new TaskCompletionSource();
        var firstStarted = new TaskCompletionSource();
        async Task<LoadedEntry> Failing()
        {
            firstStarted.SetResult();
            await failFirst.Task;
            throw new OperationCanceledException("the first caller went away");
        }

        var first = loads.RunAsync("k#1", Failing);
        await firstStarted.Task;
        var second = loads.RunAsync("k#1", () => Task.FromResult(new LoadedEntry(ReadOnlyMemory<byte>.Empty, "own", true)));
        failFirst.SetResult();

        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        Assert.Equal("own", (await second).Created);
    }

    [Fact]
    public async Task RunAsync_WhenALoadHasFinished_TheNextMissLoadsAgain()
    {
        var loads = new InflightLoads();
        var calls = 0;
        Task<LoadedEntry> Load() => Task.FromResult(new LoadedEntry(ReadOnlyMemory<byte>.Empty, Interlocked.Increment(ref calls), true));

        await loads.RunAsync("k#1", Load);
        var again = await loads.RunAsync("k#1", Load);

        Assert.Equal(2, again.Created);
    }
}
