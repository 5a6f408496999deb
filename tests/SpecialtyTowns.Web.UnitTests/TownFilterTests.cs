using SpecialtyTowns.Gateway.Web.Public;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class TownFilterTests
{
    private static readonly Town[] Towns =
    [
        new() { Name = "甲", City = "晋中市", Category = TownCategory.AdvancedManufacturing, Level = TownLevel.Provincial },
        new() { Name = "乙", City = "晋中市", Category = TownCategory.SpecialtyAgriculture, Level = TownLevel.Municipal },
        new() { Name = "丙", City = "", Category = TownCategory.SpecialtyAgriculture, Level = TownLevel.Unspecified },
    ];

    [Theory]
    [InlineData(null, null, null, "甲乙丙")]
    [InlineData("specialty-agriculture", null, null, "乙丙")]
    [InlineData("specialty-agriculture", "municipal", null, "乙")]
    [InlineData(null, null, "晋中市", "甲乙")]
    [InlineData("advanced-manufacturing", null, "晋中市", "甲")]
    [InlineData("no-such-category", "no-such-level", null, "甲乙丙")]
    public void Apply_WhenFiltersAreSet_KeepsTheTownsMatchingEveryKnownOne(string? category, string? level, string? city, string expected)
    {
        var filter = new TownFilter(category, level, city);

        var shown = string.Concat(filter.Apply(Towns).Select(t => t.Name));

        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Count_WhenTownsShareLabels_GivesMostFirstThenByLabel()
    {
        var counts = TownChart.Count(["特色农业", "先进制造业", "特色农业", "特色轻工业"]);

        Assert.Equal([("特色农业", 2), ("先进制造业", 1), ("特色轻工业", 1)], counts);
    }

    [Fact]
    public void Option_WhenBuilt_IsAHorizontalBarChartWithTheLargestOnTop()
    {
        var option = System.Text.Json.JsonDocument.Parse(TownChart.Option([("特色农业", 8), ("先进制造业", 6)])).RootElement;

        Assert.Equal("category", option.GetProperty("yAxis").GetProperty("type").GetString());
        Assert.Equal("先进制造业", option.GetProperty("yAxis").GetProperty("data")[0].GetString());
        Assert.Equal(8, option.GetProperty("series")[0].GetProperty("data")[1].GetInt32());
        Assert.Equal("bar", option.GetProperty("series")[0].GetProperty("type").GetString());
    }
}
