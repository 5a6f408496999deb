using System.Text.Json;
using SpecialtyTowns.Towns.Domain;
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
        Assert.Equal(seedTown.City, town.City);
        Assert.Equal(seedTown.County, town.County);
        Assert.Null(town.NameEn);
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
