using SpecialtyTowns.Gateway.Identity;

namespace SpecialtyTowns.Gateway.UnitTests.Identity;

public sealed class SignInThrottleRuleTests
{
    private static readonly DateTimeOffset LastFailure = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private readonly SignInThrottleRule _rule = new() { FreeFailures = 5, FirstDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(15) };

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void WaitAfter_WhenFewerFailuresThanFree_IsZero(long failures)
    {
        var wait = _rule.WaitAfter(failures, LastFailure, LastFailure);

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Theory]
    [InlineData(5, 30)]
    [InlineData(6, 60)]
    [InlineData(8, 240)]
    [InlineData(10, 900)]
    [InlineData(1_000_000, 900)]
    public void WaitAfter_WhenFailuresGoOn_DoublesUpToTheCeiling(long failures, int expectedSeconds)
    {
        var wait = _rule.WaitAfter(failures, LastFailure, LastFailure);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), wait);
    }

    [Fact]
    public void WaitAfter_WhenPartOfTheDelayHasPassed_IsTheRest()
    {
        var wait = _rule.WaitAfter(6, LastFailure, LastFailure.AddSeconds(45));

        Assert.Equal(TimeSpan.FromSeconds(15), wait);
    }

    [Fact]
    public void WaitAfter_WhenTheDelayHasPassed_IsZero()
    {
        var wait = _rule.WaitAfter(6, LastFailure, LastFailure.AddMinutes(2));

        Assert.Equal(TimeSpan.Zero, wait);
    }
}
