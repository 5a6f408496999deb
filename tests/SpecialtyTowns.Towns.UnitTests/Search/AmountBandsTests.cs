using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class AmountBandsTests
{
    [Theory]
    [InlineData(0L, AmountBands.Below10M)]
    [InlineData(AmountBands.TenMillionCnyInFen - 1, AmountBands.Below10M)]
    [InlineData(AmountBands.TenMillionCnyInFen, AmountBands.From10MTo100M)]
    [InlineData(AmountBands.HundredMillionCnyInFen - 1, AmountBands.From10MTo100M)]
    [InlineData(AmountBands.HundredMillionCnyInFen, AmountBands.From100MTo1B)]
    [InlineData(AmountBands.OneBillionCnyInFen - 1, AmountBands.From100MTo1B)]
    [InlineData(AmountBands.OneBillionCnyInFen, AmountBands.From1B)]
    public void Of_WhenUpperBoundIsNearABoundary_FallsInTheBandStartingThere(long maxFen, string expected)
    {
        var minFen = 0L;

        var band = AmountBands.Of(minFen, maxFen);

        Assert.Equal(expected, band);
    }

    [Fact]
    public void Of_WhenBoundsStraddleABoundary_UsesTheUpperBound()
    {
        var minFen = AmountBands.TenMillionCnyInFen / 2;
        var maxFen = AmountBands.HundredMillionCnyInFen * 2;

        var band = AmountBands.Of(minFen, maxFen);

        Assert.Equal(AmountBands.From100MTo1B, band);
    }

    [Fact]
    public void Of_WhenOnlyTheLowerBoundIsKnown_UsesIt()
    {
        var minFen = AmountBands.OneBillionCnyInFen;

        var band = AmountBands.Of(minFen, null);

        Assert.Equal(AmountBands.From1B, band);
    }

    [Fact]
    public void Of_WhenNoAmountIsKnown_GivesNoBand()
    {
        long? none = null;

        var band = AmountBands.Of(none, none);

        Assert.Null(band);
    }

    [Fact]
    public void TenMillionCnyInFen_WhenExpressedInYuan_IsTenMillion()
    {
        var fen = AmountBands.TenMillionCnyInFen;

        var yuan = fen / 100;

        Assert.Equal(10_000_000L, yuan);
    }
}
