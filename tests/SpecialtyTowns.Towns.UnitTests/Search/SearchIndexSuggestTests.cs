using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search;

public sealed class SearchIndexSuggestTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Suggest_WhenPrefixIsFa_IncludesDingxiangFlangeTown()
    {
        var prefix = "法";

        var suggestions = seed.Index.Suggest(prefix);

        Assert.Contains(suggestions, s => s.Text == SeedData.DingxiangFlange && s.Source == SearchKinds.Town);
    }

    [Fact]
    public void Suggest_WhenPrefixIsBo_IncludesQixianGlasswareTown()
    {
        var prefix = "玻";

        var suggestions = seed.Index.Suggest(prefix);

        Assert.Contains(suggestions, s => s.Text == SeedData.QixianGlassware);
    }

    [Fact]
    public void Suggest_WhenPrefixIsHyd_SuggestsTheHydrogenIndustry()
    {
        var prefix = "hyd";

        var suggestions = seed.Index.Suggest(prefix);

        Assert.Contains(suggestions, s => s.Text == "氢能 hydrogen energy" && s.Source == "keyword");
    }

    [Fact]
    public void Suggest_WhenAKeywordStartsWithThePrefix_ListsItBeforeTextsThatOnlyContainIt()
    {
        var prefix = "法兰";

        var suggestions = seed.Index.Suggest(prefix);

        Assert.Equal("法兰 flanges", suggestions[0].Text);
        Assert.Contains(suggestions, s => s.Text == SeedData.DingxiangFlange);
    }

    [Fact]
    public void Suggest_WhenPrefixIsTwoCharactersApart_DoesNotSuggestTextsHavingThemSeparately()
    {
        // 专业镇 ends every town name, but no name has 镇专.
        var prefix = "镇专";

        var suggestions = seed.Index.Suggest(prefix);

        Assert.Empty(suggestions);
    }

    [Fact]
    public void Suggest_WhenMaxIsTwo_ReturnsAtMostTwo()
    {
        var prefix = "专业镇";

        var suggestions = seed.Index.Suggest(prefix, max: 2);

        Assert.Equal(2, suggestions.Count);
    }

    [Fact]
    public void Suggest_WhenNothingContainsThePrefix_ReturnsEmpty()
    {
        var prefix = "zzq";

        var suggestions = seed.Index.Suggest(prefix);

        Assert.Empty(suggestions);
    }
}
