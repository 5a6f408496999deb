using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Public;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class LocalizedTextTests
{
    [Theory]
    [InlineData("zh-CN", "Flange line", "法兰生产线", null)]
    [InlineData("en", "Flange line", "Flange line", null)]
    [InlineData("en", "", "法兰生产线", "zh-CN")]
    [InlineData("en", null, "法兰生产线", "zh-CN")]
    public void Render_WhenEnglishMayBeMissing_ShowsTheReadersLanguageOrTheChineseMarkedAsSuch(string cultureName, string? english, string shown, string? lang)
    {
        using var culture = new CultureScope(cultureName);
        using var context = PageContext.Create();

        var text = context.Render<LocalizedText>(p => p.Add(c => c.Chinese, "法兰生产线").Add(c => c.English, english));

        Assert.Equal(shown, text.Markup.Contains('<', StringComparison.Ordinal) ? text.Find("span").TextContent : text.Markup);
        Assert.Equal(lang, text.FindAll("span").SingleOrDefault()?.GetAttribute("lang"));
    }
}
