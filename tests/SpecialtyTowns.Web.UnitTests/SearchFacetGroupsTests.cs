using SpecialtyTowns.Gateway.Web.Search;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class SearchFacetGroupsTests
{
    [Fact]
    public void Shown_WhenTheServiceCountsFacets_ListsTheFiltersInThePageOrderWithTheirCountsAndNotTheKind()
    {
        Facet[] facets = [Facet("status", ("published", 3)), Facet("kind", ("project", 3)), Facet("level", ("provincial", 2), ("municipal", 1)), Facet("city")];

        var shown = SearchFacetGroups.Shown(facets, new SearchPageQuery());

        Assert.Equal(new[] { "level", "status" }, shown.Select(f => f.Name));
        Assert.Equal(new[] { ("provincial", 2), ("municipal", 1) }, shown[0].Values.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Shown_WhenTheActiveValueIsNoLongerCounted_KeepsItWithZeroSoItCanBeRemoved()
    {
        Facet[] facets = [Facet("level", ("municipal", 1))];

        var shown = SearchFacetGroups.Shown(facets, new SearchPageQuery().WithFilter("level", "provincial").WithFilter("county", "x"));

        Assert.Equal(new[] { ("municipal", 1), ("provincial", 0) }, shown.Single(f => f.Name == "level").Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(new[] { ("x", 0) }, shown.Single(f => f.Name == "county").Values.Select(v => (v.Value, v.Count)));
        Assert.Single(facets[0].Values);
    }

    private static Facet Facet(string name, params (string Value, int Count)[] values)
    {
        var facet = new Facet { Name = name };
        facet.Values.AddRange(values.Select(v => new FacetValue { Value = v.Value, Count = v.Count }));
        return facet;
    }
}
