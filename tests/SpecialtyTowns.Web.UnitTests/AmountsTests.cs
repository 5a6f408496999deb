using SpecialtyTowns.Gateway.Web.Formatting;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class AmountsTests
{
    [Theory]
    [InlineData("8500", "8,500 元")]
    [InlineData("50000", "5 万元")]
    [InlineData("123456", "12.35 万元")]
    [InlineData("99990000", "9,999 万元")]
    [InlineData("100000000", "1 亿元")]
    [InlineData("1250000000", "12.5 亿元")]
    public void Format_WhenChinese_UsesYuanWanOrYi(string yuan, string expected) =>
        Assert.Equal(expected, Amounts.Format(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture), english: false));

    [Theory]
    [InlineData("8500", "8,500 yuan")]
    [InlineData("50000", "50,000 yuan")]
    [InlineData("1250000", "1.25 million yuan")]
    [InlineData("100000000", "100 million yuan")]
    [InlineData("1250000000", "1.25 billion yuan")]
    public void Format_WhenEnglish_UsesYuanMillionOrBillion(string yuan, string expected) =>
        Assert.Equal(expected, Amounts.Format(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture), english: true));

    [Fact]
    public void Range_WhenBothEndsShareAUnit_NamesItOnce() =>
        Assert.Equal("5,000–8,000 万元", Amounts.Range(50_000_000m, 80_000_000m, english: false));

    [Fact]
    public void Range_WhenTheEndsDifferInUnit_NamesEach() =>
        Assert.Equal("5,000 万元 – 1.2 亿元", Amounts.Range(50_000_000m, 120_000_000m, english: false));

    [Fact]
    public void Range_WhenBothEndsAreEqual_IsOneAmount() =>
        Assert.Equal("3 亿元", Amounts.Range(300_000_000m, 300_000_000m, english: false));

    [Fact]
    public void Exact_GivesEveryFen() =>
        Assert.Equal("¥123,456,789.05", Amounts.Exact(123_456_789.05m));
}
