using SpecialtyTowns.Gateway.Api.Auth;

namespace SpecialtyTowns.Gateway.UnitTests.Api.Auth;

public sealed class MinimumAnswerTimeTests
{
    [Theory]
    [InlineData(0, 350)]
    [InlineData(120, 230)]
    [InlineData(350, 0)]
    [InlineData(351, 349)]
    [InlineData(800, 250)]
    public void Remaining_WhenWorkTookSomeTime_WaitsForTheNextStep(int elapsedMs, int expectedMs)
    {
        var remaining = MinimumAnswerTime.Remaining(TimeSpan.FromMilliseconds(elapsedMs), TimeSpan.FromMilliseconds(350));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), remaining);
    }

    [Fact]
    public void Remaining_WhenNoFloorIsConfigured_DoesNotWait()
    {
        var remaining = MinimumAnswerTime.Remaining(TimeSpan.FromMilliseconds(10), TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, remaining);
    }
}
