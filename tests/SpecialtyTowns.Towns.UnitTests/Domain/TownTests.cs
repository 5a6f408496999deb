using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.UnitTests.Domain;

public sealed class TownTests
{
    private static readonly DateTimeOffset Now = new(2023, 6, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private static TownRegistration Registration() => new(
        "定襄法兰专业镇",
        "Dingxiang Flange Town",
        "忻州 Xinzhou",
        "定襄县 Dingxiang",
        TownLevel.Provincial,
        TownCategory.AdvancedManufacturing,
        "法兰 flanges",
        ["One in every three exported flanges comes from Dingxiang"]);

    [Fact]
    public void Register_WhenRegistrationIsValid_KeepsEveryField()
    {
        var registration = Registration();

        var town = Town.Register(registration, Now);

        Assert.Equal("定襄法兰专业镇", town.Name);
        Assert.Equal("Dingxiang Flange Town", town.NameEn);
        Assert.Equal("忻州 Xinzhou", town.City);
        Assert.Equal("定襄县 Dingxiang", town.County);
        Assert.Equal(TownLevel.Provincial, town.Level);
        Assert.Equal(TownCategory.AdvancedManufacturing, town.Category);
        Assert.Equal("法兰 flanges", town.MainIndustry);
        Assert.Equal(["One in every three exported flanges comes from Dingxiang"], town.Facts);
        Assert.Equal(Now, town.RegisteredAt);
    }

    [Fact]
    public void Register_WhenTextIsPadded_TrimsIt()
    {
        var registration = Registration() with
        {
            Name = "  定襄法兰专业镇\t",
            NameEn = " Dingxiang ",
            City = " 忻州 ",
            County = "\n定襄县 ",
            MainIndustry = " 法兰 ",
            Facts = ["  a fact  "],
        };

        var town = Town.Register(registration, Now);

        Assert.Equal("定襄法兰专业镇", town.Name);
        Assert.Equal("Dingxiang", town.NameEn);
        Assert.Equal("忻州", town.City);
        Assert.Equal("定襄县", town.County);
        Assert.Equal("法兰", town.MainIndustry);
        Assert.Equal(["a fact"], town.Facts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Register_WhenOptionalTextIsBlank_StoresNull(string? blank)
    {
        var registration = Registration() with { NameEn = blank, City = blank, County = blank };

        var town = Town.Register(registration, Now);

        Assert.Null(town.NameEn);
        Assert.Null(town.City);
        Assert.Null(town.County);
    }

    [Fact]
    public void Register_WhenAKnownCountyIsGivenWithoutCity_TakesTheCountysCity()
    {
        var registration = Registration() with { City = null, County = "定襄县" };

        var town = Town.Register(registration, Now);

        Assert.Equal(("忻州 Xinzhou", "定襄县"), (town.City, town.County));
    }

    [Fact]
    public void Register_WhenTheCountyIsUnknown_LeavesTheCityEmpty()
    {
        var registration = Registration() with { City = null, County = "无名县" };

        var town = Town.Register(registration, Now);

        Assert.Null(town.City);
    }

    [Fact]
    public void Apply_WhenTheCountyChangesAndACityIsKnown_KeepsTheCityGiven()
    {
        var town = Town.Register(Registration() with { City = "晋中市" }, Now);

        var changed = town.Apply(new TownChanges(null, null, "孝义市", null, null));

        Assert.True(changed);
        Assert.Equal(("晋中市", "孝义市"), (town.City, town.County));
    }

    [Fact]
    public void Apply_WhenATownWithoutCityGetsAKnownCounty_TakesTheCountysCity()
    {
        var town = Town.Register(Registration() with { City = null, County = null }, Now);

        var changed = town.Apply(new TownChanges(null, null, "Xiaoyi", null, null));

        Assert.True(changed);
        Assert.Equal(("吕梁 Lüliang", "Xiaoyi"), (town.City, town.County));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Register_WhenNameIsBlank_RefusesWithTownNameRequired(string name)
    {
        var registration = Registration() with { Name = name };

        var exception = Assert.Throws<BusinessRuleException>(() => Town.Register(registration, Now));

        Assert.Equal("town-name-required", exception.Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Register_WhenCategoryIsUndefined_RefusesWithTownCategoryKnown(int category)
    {
        var registration = Registration() with { Category = (TownCategory)category };

        var exception = Assert.Throws<BusinessRuleException>(() => Town.Register(registration, Now));

        Assert.Equal("town-category-known", exception.Rule);
    }

    [Fact]
    public void Register_WhenFactsAreEmptyOrBlank_RemovesThemAndKeepsTheOrderOfTheRest()
    {
        var registration = Registration() with { Facts = ["first", "", "  ", "second", "\t", "third"] };

        var town = Town.Register(registration, Now);

        Assert.Equal(["first", "second", "third"], town.Facts);
    }

    [Fact]
    public void Register_WhenLevelIsUnknown_KeepsItUnknown()
    {
        var registration = Registration() with { Level = TownLevel.Unknown };

        var town = Town.Register(registration, Now);

        Assert.Equal(TownLevel.Unknown, town.Level);
    }

    [Fact]
    public void Register_WhenCalled_GivesAVersion7IdCarryingTheRegistrationTime()
    {
        var registration = Registration();

        var town = Town.Register(registration, Now);

        Assert.Equal(7, town.Id.Version);
        var unixMilliseconds = Convert.ToInt64(town.Id.ToString("N")[..12], 16);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), unixMilliseconds);
    }

    [Fact]
    public void Register_WhenTownsAreRegisteredLater_GivesIdsThatSortLater()
    {
        var times = Enumerable.Range(0, 20).Select(i => Now.AddMilliseconds(i * 7)).ToList();

        var ids = times.Select(t => Town.Register(Registration(), t).Id).ToList();

        Assert.Equal(ids, ids.Order());
        Assert.Equal(ids.Select(id => id.ToString()), ids.Select(id => id.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Register_WhenCalledTwiceAtTheSameTime_GivesDistinctIds()
    {
        var registration = Registration();

        var first = Town.Register(registration, Now);
        var second = Town.Register(registration, Now);

        Assert.NotEqual(first.Id, second.Id);
    }
}
