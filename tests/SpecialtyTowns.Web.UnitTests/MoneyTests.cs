using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Shared;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class MoneyTests
{
    [Fact]
    public void Render_WhenChinese_ShowsWanYuanAndTheExactFigureInTheTitle()
    {
        using var culture = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var money = context.Render<Money>(parameters => parameters.Add(p => p.Yuan, 12_345_678m));
        var span = money.Find("span.st-money");
        Assert.Equal("1,234.57 万元", span.TextContent);
        Assert.Equal("¥12,345,678.00", span.GetAttribute("title"));
    }

    [Fact]
    public void Render_WhenEnglishRange_ShowsMillionYuanAndBothExactEnds()
    {
        using var culture = new CultureScope("en");
        using var context = PageContext.Create();
        var money = context.Render<Money>(parameters => parameters.Add(p => p.Yuan, 5_000_000m).Add(p => p.MaxYuan, 8_000_000m));
        var span = money.Find("span.st-money");
        Assert.Equal("5–8 million yuan", span.TextContent);
        Assert.Equal("¥5,000,000.00 – ¥8,000,000.00", span.GetAttribute("title"));
    }
}
