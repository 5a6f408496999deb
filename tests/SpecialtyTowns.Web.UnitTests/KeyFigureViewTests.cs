using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Public;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class KeyFigureViewTests
{
    [Fact]
    public void Render_WhenTheUnitIsYuanInChinese_ShowsYiYuanWithYearAndSource()
    {
        using var culture = new CultureScope("zh-CN");
        using var context = PageContext.Create();

        var view = context.Render<KeyFigureView>(p => p.Add(c => c.Figure, Figure("output-value", "14200000000", "CNY", 2023)));

        Assert.Equal("总产值", view.Find(".st-figure-metric").TextContent);
        Assert.Equal("142 亿元", view.Find(".st-figure-value .st-money").TextContent);
        Assert.Equal("2023 年", view.Find(".st-figure-year").TextContent);
        Assert.Equal("来源：县统计公报", view.Find(".st-figure-source").TextContent);
    }

    [Fact]
    public void Render_WhenACountInEnglishHasNoYear_ShowsTheNumberTheUnitAndSaysTheYearIsNotStated()
    {
        using var culture = new CultureScope("en");
        using var context = PageContext.Create();

        var view = context.Render<KeyFigureView>(p => p.Add(c => c.Figure, Figure("employment", "40000", "people", 0)));

        Assert.Equal("40,000 people", view.Find(".st-figure-value").TextContent.Trim());
        Assert.Empty(view.FindAll(".st-money"));
        Assert.Equal("year not stated", view.Find(".st-figure-year").TextContent);
        Assert.Equal("Source: 县统计公报", view.Find(".st-figure-source").TextContent);
    }

    [Theory]
    [InlineData("zh-CN", "33.3", "percent", "33.3%")]
    [InlineData("zh-CN", "1200.25", "mu", "1,200.25 亩")]
    [InlineData("en", "0.5", "tonnes", "0.5 tonnes")]
    [InlineData("en", "7", "furlongs", "7 furlongs")]
    public void Render_WhenTheUnitIsNotMoney_ShowsTheExactValueWithTheUnitsLabel(string cultureName, string value, string unit, string expected)
    {
        using var culture = new CultureScope(cultureName);
        using var context = PageContext.Create();

        var view = context.Render<KeyFigureView>(p => p.Add(c => c.Figure, Figure("some-metric", value, unit, 2022)));

        Assert.Equal(expected, view.Find(".st-figure-value").TextContent.Trim());
        Assert.Equal("some-metric", view.Find(".st-figure-metric").TextContent);
    }

    [Fact]
    public void Render_WhenTheSourceQuotesWords_ShowsThemMarkedAsChinese()
    {
        using var culture = new CultureScope("en");
        using var context = PageContext.Create();
        var figure = Figure("output-value", "14200000000", "CNY", 0);
        figure.Quote = "总产值142亿元";

        var view = context.Render<KeyFigureView>(p => p.Add(c => c.Figure, figure));

        Assert.Equal("14.2 billion yuan", view.Find(".st-money").TextContent);
        Assert.Equal("zh-CN", view.Find("q").GetAttribute("lang"));
    }

    private static KeyFigure Figure(string metric, string value, string unit, int year) =>
        new() { Metric = metric, Value = value, Unit = unit, Year = year, Source = "县统计公报" };
}
