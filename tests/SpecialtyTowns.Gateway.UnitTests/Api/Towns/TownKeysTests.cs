using SpecialtyTowns.Gateway.Api.Towns;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.UnitTests.Api.Towns;

public sealed class TownKeysTests
{
    public static TheoryData<TownLevel> Levels => new(Enum.GetValues<TownLevel>().Where(l => l != TownLevel.Unspecified));

    public static TheoryData<TownCategory> Categories => new(Enum.GetValues<TownCategory>().Where(c => c != TownCategory.Unspecified));

    [Theory]
    [MemberData(nameof(Levels))]
    public void Of_WhenGivenALevel_ReturnsAKeyThatParsesBackToIt(TownLevel level)
    {
        var key = TownKeys.Of(level);

        Assert.NotNull(key);
        Assert.Equal(level, TownKeys.Levels[key]);
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Of_WhenGivenACategory_ReturnsAKeyThatParsesBackToIt(TownCategory category)
    {
        var key = TownKeys.Of(category);

        Assert.NotEmpty(key);
        Assert.Equal(category, TownKeys.Categories[key]);
    }

    [Theory]
    [InlineData("provincial", TownLevel.Provincial)]
    [InlineData("municipal", TownLevel.Municipal)]
    public void Levels_WhenGivenAKey_ReturnsTheLevelAndBack(string key, TownLevel expected)
    {
        var level = TownKeys.Levels[key];

        Assert.Equal(expected, level);
        Assert.Equal(key, TownKeys.Of(level));
    }

    [Theory]
    [InlineData("advanced-manufacturing", TownCategory.AdvancedManufacturing)]
    [InlineData("specialty-light-industry", TownCategory.SpecialtyLightIndustry)]
    [InlineData("specialty-agriculture", TownCategory.SpecialtyAgriculture)]
    public void Categories_WhenGivenAKey_ReturnsTheCategoryAndBack(string key, TownCategory expected)
    {
        var category = TownKeys.Categories[key];

        Assert.Equal(expected, category);
        Assert.Equal(key, TownKeys.Of(category));
    }

    [Fact]
    public void Levels_WhenListed_HasOneKeyPerLevelButUnspecified()
    {
        var expected = Enum.GetValues<TownLevel>().Where(l => l != TownLevel.Unspecified);

        var levels = TownKeys.Levels.Values;

        Assert.Equal(expected.Order(), levels.Order());
    }

    [Fact]
    public void Categories_WhenListed_HasOneKeyPerCategoryButUnspecified()
    {
        var expected = Enum.GetValues<TownCategory>().Where(c => c != TownCategory.Unspecified);

        var categories = TownKeys.Categories.Values;

        Assert.Equal(expected.Order(), categories.Order());
    }

    [Fact]
    public void Of_WhenLevelIsUnspecified_ReturnsNull()
    {
        var key = TownKeys.Of(TownLevel.Unspecified);

        Assert.Null(key);
    }

    [Fact]
    public void Levels_WhenGivenUnspecifiedOrUnknownKeys_DoesNotMatch()
    {
        string[] keys = ["unspecified", "Provincial", "", "national"];

        var matches = keys.Where(TownKeys.Levels.ContainsKey).ToList();

        Assert.Empty(matches);
    }
}
