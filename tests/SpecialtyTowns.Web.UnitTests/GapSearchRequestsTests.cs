using Microsoft.AspNetCore.WebUtilities;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Gaps;
using SpecialtyTowns.Gateway.Web.Search;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class GapSearchRequestsTests
{
    [Fact]
    public void From_WhenTheGapsPageHasTextFiltersAndAPage_AsksTheServiceTheSameQuestion()
    {
        var query = Read("/gaps?q=%20辅料%20&industry=C27&townId=t1&city=大同市&chainPosition=upstream&status=open&sort=newest&page=3");

        var request = GapSearchRequests.From(query);

        Assert.Equal(("gap", "辅料", "C27", "t1", "大同市"), (request.Kind, request.Text, request.Industry, request.TownId, request.City));
        Assert.Equal(("upstream", "open", "newest", 3, GapSearchRequests.PageSize), (request.ChainPosition, request.Status, request.Sort, request.Page, request.PageSize));
    }

    [Fact]
    public void From_WhenTheEnterprisesTabCarriesAGapStatus_LeavesTheStatusOut()
    {
        var query = Read("/gaps?q=法兰&kind=enterprise&status=open");

        var request = GapSearchRequests.From(query, pageSize: 1);

        Assert.Equal(("enterprise", string.Empty, 1), (request.Kind, request.Status, request.PageSize));
    }

    [Fact]
    public void Url_WhenTheGapsQueryChanges_StaysOnTheGapsPageWithItsOwnKindsAndFilters()
    {
        var query = Read("/gaps?q=flange&kind=unknown&category=x&townId=t1");

        var links = (query.Url(), query.WithKind("enterprise").Url(), query.WithoutFilters().WithPage(2).Url());

        Assert.Equal(("gap", false), (query.Kind, query.KindChosen));
        Assert.Equal("/gaps?q=flange&townId=t1", links.Item1);
        Assert.Equal("/gaps?q=flange&kind=enterprise&townId=t1", links.Item2);
        Assert.Equal("/gaps?q=flange&page=2", links.Item3);
    }

    [Fact]
    public void Renamed_WhenTheServiceNamesFacetsAfterItsFields_ListsThemUnderThePageFilters()
    {
        Facet[] facets = [Facet("town_id", "t1"), Facet("chain_position", "upstream"), Facet("industry", "C27"), Facet("kind", "gap")];
        var query = Read("/gaps?status=filled");

        var shown = SearchFacetGroups.Shown(GapSearchRequests.Renamed(facets), query);

        Assert.Equal(new[] { "industry", "townId", "chainPosition", "status" }, shown.Select(f => f.Name));
        Assert.Equal(new ShownFacetValue("filled", 0), shown[^1].Values.Single());
        Assert.Equal("town_id", facets[0].Name);
    }

    private static SearchPageQuery Read(string address) =>
        SearchPageQuery.From(QueryHelpers.ParseQuery(new Uri("http://x" + address).Query), SearchScope.GapsAndEnterprises);

    private static Facet Facet(string name, string value)
    {
        var facet = new Facet { Name = name };
        facet.Values.Add(new FacetValue { Value = value, Count = 2 });
        return facet;
    }
}
