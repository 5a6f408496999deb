using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Towns.UnitTests.Search.TestData;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.Synthetic;

public sealed class SyntheticProjectGeneratorTests
{
    [Fact]
    public void Generate_WhenCalledTwiceWithTheSameSeed_GivesTheSameProjects()
    {
        var towns = SeedData.Towns;

        var first = SyntheticProjectGenerator.Generate(towns, 200);
        var second = SyntheticProjectGenerator.Generate(towns, 200);

        Assert.Equal(first.Select(Fingerprint), second.Select(Fingerprint));
    }

    [Fact]
    public void Generate_WhenSeedsDiffer_GivesDifferentProjects()
    {
        var towns = SeedData.Towns;

        var first = SyntheticProjectGenerator.Generate(towns, 50, seed: 1);
        var second = SyntheticProjectGenerator.Generate(towns, 50, seed: 2);

        Assert.NotEqual(first.Select(p => p.Id), second.Select(p => p.Id));
    }

    [Fact]
    public void Generate_WhenAskedForThousands_CoversEveryBandStatusAndCategoryWithValidDocuments()
    {
        var towns = SeedData.Towns;

        var projects = SyntheticProjectGenerator.Generate(towns, 2_000);
        using var index = TestIndexes.InMemory();
        index.UpsertMany(projects);

        Assert.Equal(2_000, index.Count);
        Assert.Equal(2_000, projects.Select(p => p.Id).Distinct().Count());
        Assert.Equal(AmountBands.All.Order(), projects.Select(p => AmountBands.Of(p.AmountMinFen, p.AmountMaxFen)).OfType<string>().Distinct().Order());
        Assert.Equal(ProjectStatuses.All.Order(), projects.Select(p => p.Status!).Distinct().Order());
        Assert.Equal(TownCategories.All.Order(), projects.Select(p => p.Category).Distinct().Order());
        Assert.All(projects, p => Assert.Contains(towns, t => t.Id == p.TownId && t.TownName == p.TownName));
    }

    private static string Fingerprint(SearchDocument project) =>
        $"{project.Id}|{project.Title}|{project.AmountMinFen}|{project.AmountMaxFen}|{project.Status}|{project.PublishedAt:O}|{string.Join(',', project.CooperationModes)}";
}
