using SpecialtyTowns.Leads.Domain.Funnel;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Funnel;

public sealed class FunnelMathTests
{
    [Theory]
    [InlineData(new long[0], 0)]
    [InlineData(new long[] { 5 }, 5)]
    [InlineData(new long[] { 1, 9 }, 5)]
    [InlineData(new long[] { 3, 1, 2 }, 2)]
    [InlineData(new long[] { 1, 1, 1, 4, 10, 10 }, 2.5)]
    public void Median_WhenGivenAsHistogram_EqualsTheMedianOfTheValues(long[] values, double expected)
    {
        var histogram = values.GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());

        var median = FunnelMath.Median(histogram);

        Assert.Equal(expected, median);
    }

    [Fact]
    public void Ratio_WhenWholeIsZero_IsZero()
    {
        var ratio = FunnelMath.Ratio(3, 0);

        Assert.Equal(0, ratio);
    }

    [Theory]
    [InlineData(1_000_01, 0.5, 500_01)]
    [InlineData(3, 0.5, 2)]
    [InlineData(0, 0.25, 0)]
    public void Weighted_WhenAmountTimesProbabilityHasAFraction_RoundsHalfAwayFromZero(long amount, double probability, long expected)
    {
        var weighted = FunnelMath.Weighted(amount, probability);

        Assert.Equal(expected, weighted);
    }
}
