using Microsoft.AspNetCore.WebUtilities;
using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Gateway.Web.Search;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class SearchPageQueryTests
{
    [Fact]
    public void From_WhenTheAddressCarriesTextFiltersSortAndPage_ReadsEveryOne()
    {
        var query = Read("?q=%E6%B3%95%E5%85%B0&kind=town&level=provincial&amountBand=10m-100m&sort=newest&page=3&city=");

        Assert.Equal("法兰", query.Text);
        Assert.Equal("town", query.Kind);
        Assert.True(query.KindChosen);
        Assert.Equal(new[] { "amountBand", "level" }, query.Filters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("newest", query.Sort);
        Assert.Equal(3, query.Page);
    }

    [Theory]
    [InlineData("?kind=everything&page=-2", "project", 1)]
    [InlineData("?page=abc", "project", 1)]
    [InlineData("", "project", 1)]
    public void From_WhenKindOrPageIsNotOneThePageKnows_FallsBackToProjectsOnPageOne(string address, string kind, int page)
    {
        var query = Read(address);

        Assert.Equal(kind, query.Kind);
        Assert.False(query.KindChosen);
        Assert.Equal(page, query.Page);
    }

    [Fact]
    public void From_WhenAFilterValueIsUnknown_KeepsItForTheServiceToJudge()
    {
        var query = Read("?level=galactic");

        Assert.Equal("galactic", query.Filter("level"));
        Assert.Equal("galactic", query.ToParameters().Level);
    }

    [Fact]
    public void ToParameters_GivesTheRestRoutesParametersThatMapToTheServiceRequest()
    {
        var query = Read("?q=flange&cooperationMode=equity&status=published&page=2");

        var request = SearchRequests.From("project", query.ToParameters());

        Assert.Equal("flange", request.Text);
        Assert.Equal("equity", request.CooperationMode);
        Assert.Equal("published", request.Status);
        Assert.Equal(2, request.Page);
        Assert.Equal(SearchRequests.DefaultPageSize, request.PageSize);
        Assert.Equal(1, SearchRequests.From("town", query.ToParameters(pageSize: 1)).PageSize);
    }

    [Fact]
    public void WithFilter_WhenRefining_SetsTheFilterAndGoesBackToPageOne()
    {
        var query = Read("?q=flange&page=4");

        var refined = query.WithFilter("level", "provincial");

        Assert.Equal("/search?q=flange&level=provincial", refined.Url());
        Assert.Null(query.Filter("level"));
    }

    [Fact]
    public void WithoutFilter_WhenRemovingOneOfTwo_KeepsTheOtherTextAndSort()
    {
        var query = Read("?q=%E6%B3%95%E5%85%B0&level=provincial&category=advanced-manufacturing&sort=amount&page=2");

        var url = query.WithoutFilter("level").Url();

        Assert.Equal("/search?q=%E6%B3%95%E5%85%B0&category=advanced-manufacturing&sort=amount", url);
        Assert.Equal("/search?q=%E6%B3%95%E5%85%B0&sort=amount", query.WithoutFilters().Url());
    }

    [Fact]
    public void Url_WhenPaging_KeepsEverythingAndLeavesDefaultsOut()
    {
        var query = Read("?q=a%26b&kind=town&status=signed");

        Assert.Equal("/search?q=a%26b&kind=town&status=signed&page=2", query.WithPage(2).Url());
        Assert.Equal("/search", Read(string.Empty).Url());
    }

    [Fact]
    public void HiddenFields_CarryKindAndFiltersButNotTextSortOrPage()
    {
        var query = Read("?q=flange&kind=town&county=x&sort=newest&page=2");

        KeyValuePair<string, string?>[] expected = [new("kind", "town"), new("county", "x")];
        Assert.Equal(expected, query.HiddenFields());
    }

    private static SearchPageQuery Read(string address) => SearchPageQuery.From(QueryHelpers.ParseQuery(address));
}
