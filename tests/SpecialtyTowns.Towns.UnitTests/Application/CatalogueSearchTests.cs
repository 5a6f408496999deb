using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;
using SpecialtyTowns.Towns.UnitTests.Search.TestData;

namespace SpecialtyTowns.Towns.UnitTests.Application;

public sealed class CatalogueSearchTests : IDisposable
{
    private readonly SpecialtyTowns.Search.SearchIndex<SearchDocument> _index = TestIndexes.InMemory();

    public CatalogueSearchTests() => _index.Rebuild([.. SeedData.Towns, TestDocuments.Project("定襄法兰扩产项目")]);

    [Fact]
    public void SearchTowns_WhenTheTextAlsoMatchesAProject_FindsOnlyTowns()
    {
        var search = new CatalogueSearch(_index);

        var result = search.SearchTowns(new TownsSearchQuery { Text = "定襄" });

        Assert.Equal(SeedData.DingxiangFlange, Assert.Single(result.Items).Title);
    }

    [Fact]
    public void SearchProjects_WithoutText_FindsOnlyProjects()
    {
        var search = new CatalogueSearch(_index);

        var result = search.SearchProjects(new TownsSearchQuery());

        Assert.Equal(SearchKinds.Project, Assert.Single(result.Items).Kind);
    }

    [Fact]
    public void SearchTowns_WhenAskedForAnotherKind_ThrowsNamingTheKind()
    {
        var search = new CatalogueSearch(_index);

        var exception = Assert.Throws<ArgumentException>(() => search.SearchTowns(new TownsSearchQuery { Kind = SearchKinds.Project }));

        Assert.Equal(SearchFacets.Kind, exception.ParamName);
    }

    public void Dispose() => _index.Dispose();
}
