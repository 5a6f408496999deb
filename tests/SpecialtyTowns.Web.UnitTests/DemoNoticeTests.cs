using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Gateway.Web.Components.Shared;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class DemoNoticeTests
{
    [Theory]
    [InlineData("zh-CN", "本站包含示例数据")]
    [InlineData("en", "This site contains sample data")]
    public void Render_WhenDemoDataIsEnabled_ShowsTheLabelledNotice(string culture, string notice)
    {
        using var scope = new CultureScope(culture);
        using var context = ContextWith("true");

        var aside = context.Render<DemoNotice>().Find("aside.st-demo-notice");

        Assert.Equal(notice, aside.QuerySelector("strong")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(aside.GetAttribute("aria-label")));
        Assert.Contains("@demo.specialtytowns.local", aside.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(null)]
    public void Render_WhenDemoDataIsNotEnabled_ShowsNothing(string? enabled)
    {
        using var scope = new CultureScope("zh-CN");
        using var context = ContextWith(enabled);

        var notice = context.Render<DemoNotice>();

        Assert.Empty(notice.Markup.Trim());
    }

    private static BunitContext ContextWith(string? enabled)
    {
        var context = PageContext.Create();
        var settings = new Dictionary<string, string?>();
        if (enabled is not null)
        {
            settings["Demo:Enabled"] = enabled;
        }

        context.Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return context;
    }
}
