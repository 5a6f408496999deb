using Microsoft.Extensions.Time.Testing;
using SpecialtyTowns.Gateway.RateLimiting;

namespace SpecialtyTowns.Gateway.UnitTests.RateLimiting;

public sealed class ReservationsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-06-28T09:00:00+08:00"));

    [Fact]
    public void NextChunk_WhenPartitionIsNew_IsOne()
    {
        var reservations = new Reservations(_time);

        Assert.Equal(1, reservations.NextChunk("10.0.0.1"));
        Assert.False(reservations.TryTake("10.0.0.1", 1));
    }

    [Fact]
    public void NextChunk_WhenFarFromTheLimit_DoublesUpToTheMaximum()
    {
        var reservations = new Reservations(_time);
        var chunks = new List<int>();
        long counted = 0;
        for (var i = 0; i < 12; i++)
        {
            var chunk = reservations.NextChunk("busy");
            chunks.Add(chunk);
            counted += chunk;
            reservations.Add("busy", chunk - 1, new WindowCount(counted, Window), chunk, 1_000_000, Now());
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 256, 256, 256], chunks);
    }

    [Fact]
    public void NextChunk_WhenNearTheLimit_TakesAtMostAnEighthOfWhatIsLeft()
    {
        var reservations = new Reservations(_time);

        reservations.Add("user", 0, new WindowCount(60, Window), 64, 100, Now());
        var mid = reservations.NextChunk("user");
        reservations.Add("user", 0, new WindowCount(95, Window), 4, 100, Now());
        var near = reservations.NextChunk("user");

        Assert.Equal(5, mid);
        Assert.Equal(1, near);
    }

    [Fact]
    public void TryTake_WhenPermitsAreHeld_TakesThemUntilSpent()
    {
        var reservations = new Reservations(_time);
        reservations.Add("ip", 3, new WindowCount(4, Window), 4, 1000, Now());

        var taken = Enumerable.Range(0, 4).Count(_ => reservations.TryTake("ip", 1));

        Assert.Equal(3, taken);
    }

    [Fact]
    public void TryTake_WhenTheWindowIsOver_RefusesLeftovers()
    {
        var reservations = new Reservations(_time);
        reservations.Add("ip", 10, new WindowCount(11, Window), 11, 1000, Now());

        _time.Advance(Window);

        Assert.False(reservations.TryTake("ip", 1));
        Assert.Equal(1, reservations.NextChunk("ip"));
    }

    [Fact]
    public void Add_WhenTheWindowWasOver_DropsWhatWasLeftOfIt()
    {
        var reservations = new Reservations(_time);
        reservations.Add("ip", 10, new WindowCount(11, Window), 11, 1000, Now());
        _time.Advance(Window + TimeSpan.FromSeconds(1));

        reservations.Add("ip", 1, new WindowCount(2, Window), 2, 1000, Now());
        var taken = Enumerable.Range(0, 5).Count(_ => reservations.TryTake("ip", 1));

        Assert.Equal(1, taken);
    }

    [Fact]
    public void Add_WhenClaimedBeforeRedisAnswered_EndsTheWindowHereNoLaterThanInRedis()
    {
        var reservations = new Reservations(_time);
        var claimedAt = Now();
        _time.Advance(TimeSpan.FromMilliseconds(300));
        reservations.Add("ip", 5, new WindowCount(6, TimeSpan.FromSeconds(1)), 6, 1000, claimedAt);

        _time.Advance(TimeSpan.FromMilliseconds(750));

        Assert.False(reservations.TryTake("ip", 1));
    }

    [Fact]
    public void Sweep_WhenWindowsAreOver_ForgetsTheirPartitions()
    {
        var reservations = new Reservations(_time);
        reservations.Add("old", 1, new WindowCount(2, TimeSpan.FromSeconds(1)), 2, 1000, Now());
        reservations.Add("current", 1, new WindowCount(2, Window), 2, 1000, Now());

        _time.Advance(TimeSpan.FromSeconds(2));
        reservations.Sweep();

        Assert.Equal(1, reservations.Count);
        Assert.True(reservations.TryTake("current", 1));
    }

    private long Now() => _time.GetUtcNow().UtcTicks;
}
