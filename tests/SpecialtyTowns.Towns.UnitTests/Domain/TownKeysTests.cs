using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.UnitTests.Domain;

public sealed class TownKeysTests
{
    public static TheoryData<TownLevel> Levels => new(Enum.GetValues<TownLevel>());

    public static TheoryData<TownCategory> Categories => new(Enum.GetValues<TownCategory>());

    [Theory]
    [InlineData(TownLevel.Provincial, "provincial")]
    [InlineData(TownLevel.Municipal, "municipal")]
    public void Of_WhenLevelIsKnown_ReturnsItsKey(TownLevel level, string key)
    {
        var result = TownKeys.Of(level);

        Assert.Equal(key, result);
    }

    [Fact]
    public void Of_WhenLevelIsUnknown_ReturnsNull()
    {
        var result = TownKeys.Of(TownLevel.Unknown);

        Assert.Null(result);
    }

    [Theory]
    [InlineData(TownCategory.AdvancedManufacturing, "advanced-manufacturing")]
    [InlineData(TownCategory.SpecialtyLightIndustry, "specialty-light-industry")]
    [InlineData(TownCategory.SpecialtyAgriculture, "specialty-agriculture")]
    public void Of_WhenCategoryIsKnown_ReturnsItsKey(TownCategory category, string key)
    {
        var result = TownKeys.Of(category);

        Assert.Equal(key, result);
    }

    [Fact]
    public void Of_WhenCategoryIsUndefined_Throws()
    {
        var undefined = (TownCategory)0;

        Assert.Throws<ArgumentOutOfRangeException>(() => TownKeys.Of(undefined));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void ParseLevel_WhenGivenTheKeyOfALevel_ReturnsThatLevel(TownLevel level)
    {
        var key = TownKeys.Of(level);

        var parsed = TownKeys.ParseLevel(key);

        Assert.Equal(level, parsed);
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void ParseCategory_WhenGivenTheKeyOfACategory_ReturnsThatCategory(TownCategory category)
    {
        var key = TownKeys.Of(category);

        var parsed = TownKeys.ParseCategory(key);

        Assert.Equal(category, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ParseLevel_WhenKeyIsAbsent_ReturnsUnknown(string? key)
    {
        var level = TownKeys.ParseLevel(key);

        Assert.Equal(TownLevel.Unknown, level);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("Provincial")]
    [InlineData("unknown")]
    [InlineData(" provincial")]
    public void ParseLevel_WhenKeyIsNotALevel_Throws(string key)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => TownKeys.ParseLevel(key));

        Assert.Equal(key, exception.ActualValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AdvancedManufacturing")]
    [InlineData("advanced_manufacturing")]
    [InlineData("tourism")]
    public void ParseCategory_WhenKeyIsNotACategory_Throws(string key)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => TownKeys.ParseCategory(key));

        Assert.Equal(key, exception.ActualValue);
    }

    [Fact]
    public void Of_WhenCalledForEveryCategory_GivesDistinctKeys()
    {
        var categories = Enum.GetValues<TownCategory>();

        var keys = categories.Select(TownKeys.Of).ToList();

        Assert.Equal(categories.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
