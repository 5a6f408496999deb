using System.Text.Json;
using SpecialtyTowns.Towns.Domain;
using SpecialtyTowns.Towns.Domain.Places;
using SpecialtyTowns.Towns.Seeding;

namespace SpecialtyTowns.Towns.UnitTests.Seeding;

public sealed class TownSeederTests
{
    private const string DingxiangFlangeTown = "定襄法兰专业镇";

    private static readonly DateTimeOffset Now = new(2023, 6, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<SeedFile> Seed = new(LoadSeed);

    public static TheoryData<string> SeedTownNames => new(Seed.Value.Towns.Select(t => t.Name));

    [Fact]
    public void SeedFile_WhenLoaded_HoldsTwentyOneTownsWithUniqueNames()
    {
        var towns = Seed.Value.Towns;

        var names = towns.Select(t => t.Name.Trim()).ToList();

        Assert.Equal(21, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(SeedTownNames))]
    public void ToRegistration_WhenGivenASeedTown_GivesARegistrationThatTownRegisterAccepts(string name)
    {
        var seedTown = SeedTown(name);

        var registration = TownSeeder.ToRegistration(seedTown);
        var town = Town.Register(registration, Now);

        Assert.Equal(seedTown.Name, town.Name);
        Assert.Equal(TownKeys.ParseCategory(seedTown.Category), town.Category);
        Assert.Equal(seedTown.Industry, town.MainIndustry);
        Assert.False(string.IsNullOrWhiteSpace(town.MainIndustry));
        Assert.Equal(seedTown.City ?? town.City, town.City);
        Assert.Equal(seedTown.County ?? SeedCounties.Of(seedTown.Name), town.County);
        Assert.Null(town.NameEn);
    }

    [Theory]
    [MemberData(nameof(SeedTownNames))]
    public void Register_WhenGivenASeedTown_GivesItOneOfShanxisElevenCities(string name)
    {
        var seedTown = SeedTown(name);

        var town = Town.Register(TownSeeder.ToRegistration(seedTown), Now);

        Assert.Contains(town.City, CountyCities.Shanxi.Cities);
    }

    [Theory]
    [InlineData("定襄法兰专业镇", "忻州 Xinzhou")]
    [InlineData("太谷玛钢专业镇", "晋中 Jinzhong")]
    [InlineData("祁县玻璃器皿专业镇", "晋中 Jinzhong")]
    [InlineData("怀仁日用陶瓷专业镇", "朔州 Shuozhou")]
    [InlineData("孝义氢能专业镇", "吕梁 Lüliang")]
    [InlineData("清徐老陈醋专业镇", "太原 Taiyuan")]
    [InlineData("云州黄花专业镇", "大同 Datong")]
    [InlineData("晋源花卉专业镇", "太原 Taiyuan")]
    [InlineData("潞城碳基材料专业镇", "长治 Changzhi")]
    [InlineData("杏花村汾酒专业镇", "吕梁 Lüliang")]
    [InlineData("大同经济技术开发区医药专业镇", "大同 Datong")]
    [InlineData("泽州精密铸造专业镇", "晋城 Jincheng")]
    public void Register_WhenASeedTownHasNoCity_TakesItsCountysCity(string name, string city)
    {
        var seedTown = SeedTown(name);

        var town = Town.Register(TownSeeder.ToRegistration(seedTown), Now);

        Assert.Equal(city, town.City);
    }

    [Fact]
    public void ToCityUpdate_WhenASeededTownHasNoCityYet_GivesTheCountyForTheUpdateToDeriveItFrom()
    {
        var seedTown = SeedTown("杏花村汾酒专业镇");
        var present = Town.Register(new TownRegistration(seedTown.Name, null, null, null, TownLevel.Provincial, TownCategory.SpecialtyLightIndustry, seedTown.Industry, []), Now);

        var command = TownSeeder.ToCityUpdate(seedTown, present)!;
        present.Apply(command.Changes);

        Assert.Equal("seed-city:杏花村汾酒专业镇", command.RequestId);
        Assert.Equal(("吕梁 Lüliang", "汾阳市 Fenyang"), (present.City, present.County));
    }

    [Fact]
    public void ToCityUpdate_WhenTheTownHasACityOrNoKnownPlace_GivesNothing()
    {
        var withCity = Town.Register(new TownRegistration("有城市专业镇", null, "晋中市", "定襄县", TownLevel.Unknown, TownCategory.SpecialtyAgriculture, "农业", []), Now);
        var nowhere = new SeedTown("无处专业镇", null, "某某县", "农业", "specialty-agriculture", null, null, null);
        var nowherePresent = Town.Register(TownSeeder.ToRegistration(nowhere), Now);

        var commands = (TownSeeder.ToCityUpdate(SeedTown(DingxiangFlangeTown), withCity), TownSeeder.ToCityUpdate(nowhere, nowherePresent));

        Assert.Equal((null, null), commands);
        Assert.Equal("晋中市", withCity.City);
    }

    [Theory]
    [MemberData(nameof(SeedTownNames))]
    public void ToRegistration_WhenGivenASeedTown_StaysWithinTheSchemaLimits(string name)
    {
        var seedTown = SeedTown(name);

        var registration = TownSeeder.ToRegistration(seedTown);

        Assert.InRange(registration.Name.Length, 1, TownLimits.Name);
        Assert.InRange(registration.MainIndustry.Length, 1, TownLimits.MainIndustry);
        Assert.InRange(registration.City?.Length ?? 0, 0, TownLimits.Place);
        Assert.InRange(registration.County?.Length ?? 0, 0, TownLimits.Place);
        Assert.InRange(registration.Facts.Count, 0, TownLimits.Facts);
        Assert.All(registration.Facts, f => Assert.InRange(f.Length, 1, TownLimits.Fact));
        Assert.InRange(TownSeeder.ToCommand(seedTown).RequestId!.Length, 1, TownLimits.RequestId);
    }

    [Fact]
    public void ToCommand_WhenMappingEverySeedTown_GivesEachItsOwnRequestId()
    {
        var towns = Seed.Value.Towns;

        var requestIds = towns.Select(t => TownSeeder.ToCommand(t).RequestId).ToList();

        Assert.Equal(towns.Count, requestIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(requestIds, id => Assert.StartsWith("seed:", id, StringComparison.Ordinal));
    }

    [Fact]
    public void ToRegistration_WhenSeedLevelIsNull_GivesUnknownLevel()
    {
        var unstated = Seed.Value.Towns.Where(t => t.Level is null).ToList();

        var levels = unstated.Select(t => TownSeeder.ToRegistration(t).Level).ToList();

        Assert.NotEmpty(unstated);
        Assert.All(levels, level => Assert.Equal(TownLevel.Unknown, level));
    }

    [Fact]
    public void ToRegistration_WhenSeedLevelIsStated_KeepsIt()
    {
        var stated = Seed.Value.Towns.Where(t => t.Level is not null).ToList();

        var levels = stated.Select(t => (Seed: t.Level, Mapped: TownSeeder.ToRegistration(t).Level)).ToList();

        Assert.NotEmpty(stated);
        Assert.All(levels, pair => Assert.Equal(pair.Seed, TownKeys.Of(pair.Mapped)));
    }

    [Fact]
    public void ToRegistration_WhenGivenDingxiangFlangeTown_KeepsItsFourFacts()
    {
        var seedTown = SeedTown(DingxiangFlangeTown);

        var town = Town.Register(TownSeeder.ToRegistration(seedTown), Now);

        Assert.Equal(4, town.Facts.Count);
        Assert.Equal(seedTown.Facts, town.Facts);
        Assert.Equal(TownLevel.Provincial, town.Level);
        Assert.Equal(TownCategory.AdvancedManufacturing, town.Category);
    }

    [Fact]
    public void ToRegistration_WhenSeedTownHasNoFacts_GivesAnEmptyList()
    {
        var seedTown = new SeedTown("无事实专业镇", null, null, "industry", "specialty-agriculture", null, null, null);

        var registration = TownSeeder.ToRegistration(seedTown);

        Assert.Empty(registration.Facts);
        Assert.Equal(TownLevel.Unknown, registration.Level);
    }

    private static SeedTown SeedTown(string name) => Seed.Value.Towns.Single(t => t.Name == name);

    private static SeedFile LoadSeed()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpecialtyTowns.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No SpecialtyTowns.sln above {AppContext.BaseDirectory}");
        }

        var json = File.ReadAllText(Path.Combine(directory.FullName, "data", "shanxi-specialty-towns.json"));
        return JsonSerializer.Deserialize<SeedFile>(json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The seed file is empty");
    }
}
