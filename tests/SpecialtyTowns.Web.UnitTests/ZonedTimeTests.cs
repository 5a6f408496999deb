using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Shared;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class ZonedTimeTests
{
    [Theory]
    [InlineData("zh-CN", "北京时间")]
    [InlineData("en", "China Standard Time (UTC+8)")]
    public void Render_WhenGivenAUtcMoment_ShowsChinaTimeWithTheZoneNamed(string culture, string zone)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();
        var time = context.Render<ZonedTime>(parameters => parameters.Add(p => p.At, new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)));
        var element = time.Find("time");
        Assert.Equal("2026-12-01T07:30+08:00", element.GetAttribute("datetime"));
        Assert.Equal($"2026-12-01 07:30 ({zone})", element.TextContent);
    }
}
