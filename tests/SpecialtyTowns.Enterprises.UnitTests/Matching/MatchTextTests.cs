using SpecialtyTowns.Enterprises.Domain.Matching;

namespace SpecialtyTowns.Enterprises.UnitTests.Matching;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData("法兰", "锻造法兰", 1.0)]
    [InlineData("药用辅料", "辅料", 1.0)]
    [InlineData("flanges", "forged flange", 1.0)]
    [InlineData("Forging", "forgings", 1.0)]
    [InlineData("法兰", "玻璃器皿", 0.0)]
    [InlineData("醋", "老陈醋", 1.0)]
    [InlineData("胶囊", "药用胶囊壳", 1.0)]
    public void Overlap_WhenPhrasesShareTerms_IsTheShareOfTheShorterFoundInTheLonger(string a, string b, double expected)
    {
        var overlap = MatchText.Overlap(a, b);

        Assert.Equal(expected, overlap, 3);
    }

    [Fact]
    public void Terms_WhenMixedChineseAndEnglish_GivesBigramsAndStems()
    {
        var terms = MatchText.Terms("数控车床 CNC lathes");

        Assert.True(terms.SetEquals(["数控", "控车", "车床", "cnc", "lath"]), string.Join(",", terms));
    }

    [Fact]
    public void Terms_WhenBlank_IsEmpty()
    {
        var terms = MatchText.Terms("  ");

        Assert.Empty(terms);
    }
}
