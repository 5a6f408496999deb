using Bunit;
using Microsoft.AspNetCore.WebUtilities;
using SpecialtyTowns.Gateway.Web.Components.Search;
using SpecialtyTowns.Gateway.Web.Search;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class SearchComponentsTests
{
    [Fact]
    public void Paging_WhenOnAMiddlePage_LinksPreviousTwoPagesEitherSideAndNextOnTheScopesPage()
    {
        using var scope = new CultureScope("en");
        using var context = PageContext.Create();
        var query = Read("/gaps?q=flange&page=5");

        var paging = context.Render<SearchPaging>(p => p.Add(c => c.Query, query).Add(c => c.PageCount, 9));

        var links = paging.FindAll("nav.st-paging a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/gaps?q=flange&page=4", links[0]);
        Assert.Equal(new[] { "3", "4", "5", "6", "7" }, paging.FindAll("a[aria-label]").Select(a => a.TextContent));
        Assert.Equal("page", paging.Find("a[href='/gaps?q=flange&page=5']").GetAttribute("aria-current"));
        Assert.Equal("/gaps?q=flange&page=6", links[^1]);
    }

    [Fact]
    public void Paging_WhenThereIsOnePage_RendersNothing()
    {
        using var context = PageContext.Create();

        var paging = context.Render<SearchPaging>(p => p.Add(c => c.Query, Read("/gaps")).Add(c => c.PageCount, 1));

        Assert.Empty(paging.Markup.Trim());
    }

    [Fact]
    public void Kinds_WhenTheScopeIsGapsAndEnterprises_ShowsATabPerKindWithItsCountAndMarksTheCurrent()
    {
        using var context = PageContext.Create();
        var query = Read("/gaps?q=flange&townId=t1&page=2");

        var kinds = context.Render<SearchKinds>(p => p
            .Add(c => c.Query, query)
            .Add(c => c.Counts, new Dictionary<string, int> { ["gap"] = 3, ["enterprise"] = 12 })
            .Add(c => c.KindLabel, kind => kind.ToUpperInvariant()));

        var tabs = kinds.FindAll("a.st-kind");
        Assert.Equal(new[] { "/gaps?q=flange&kind=gap&townId=t1", "/gaps?q=flange&kind=enterprise&townId=t1" }, tabs.Select(t => t.GetAttribute("href")));
        Assert.Equal("GAP (3)", tabs[0].TextContent.Trim());
        Assert.Equal("page", tabs[0].GetAttribute("aria-current"));
        Assert.Contains("(12)", tabs[1].TextContent, StringComparison.Ordinal);
    }

    private static SearchPageQuery Read(string address) =>
        SearchPageQuery.From(QueryHelpers.ParseQuery(new Uri("http://x" + address).Query), SearchScope.GapsAndEnterprises);
}
