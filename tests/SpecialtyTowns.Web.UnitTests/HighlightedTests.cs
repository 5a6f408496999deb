using Bunit;
using SpecialtyTowns.Gateway.Web.Components.Search;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class HighlightedTests
{
    [Fact]
    public void Render_WhenTheSnippetMarksTerms_PutsThemInMarkAndTheRestAsText()
    {
        using var context = PageContext.Create();

        var snippet = context.Render<Highlighted>(p => p.Add(c => c.Html, "定襄<em>法兰</em>专业镇 &amp; <em>flanges</em> &lt;DN50&gt;"));

        var marks = snippet.FindAll("mark");
        Assert.Equal(new[] { "法兰", "flanges" }, marks.Select(m => m.TextContent));
        Assert.Equal("定襄法兰专业镇 & flanges <DN50>", snippet.Find("span.st-snippet").TextContent);
    }

    [Fact]
    public void Render_WhenTheSnippetIsHostile_ShowsEveryTagAsTextAndRunsNothing()
    {
        using var context = PageContext.Create();

        var snippet = context.Render<Highlighted>(p => p.Add(
            c => c.Html,
            "<script>alert(1)</script><em>法兰<img src=x onerror=alert(2)></em><a href=\"javascript:alert(3)\">x</a>"));

        Assert.Empty(snippet.FindAll("script"));
        Assert.Empty(snippet.FindAll("img"));
        Assert.Empty(snippet.FindAll("a"));
        var mark = Assert.Single(snippet.FindAll("mark"));
        Assert.Equal("法兰<img src=x onerror=alert(2)>", mark.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", snippet.Markup, StringComparison.Ordinal);
        Assert.StartsWith("<script>alert(1)</script>", snippet.Find("span.st-snippet").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhenAnEscapedMarkerIsText_DoesNotMarkIt()
    {
        using var context = PageContext.Create();

        var snippet = context.Render<Highlighted>(p => p.Add(c => c.Html, "&lt;em&gt;not&lt;/em&gt; <em>yes</em>"));

        Assert.Equal("yes", Assert.Single(snippet.FindAll("mark")).TextContent);
        Assert.Equal("<em>not</em> yes", snippet.Find("span.st-snippet").TextContent);
    }

    [Fact]
    public void Render_WhenAMarkIsNestedOrNeverClosed_KeepsTheInnerMarkerAsTextAndMarksToTheEnd()
    {
        using var context = PageContext.Create();

        var snippet = context.Render<Highlighted>(p => p.Add(c => c.Html, "a <em>b <em>c</em> d <em>e"));

        Assert.Equal(new[] { "b <em>c", "e" }, snippet.FindAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public void Render_WhenThereIsNoSnippet_RendersAnEmptySpan()
    {
        using var context = PageContext.Create();

        var snippet = context.Render<Highlighted>(p => p.Add(c => c.Html, null));

        Assert.Equal(string.Empty, snippet.Find("span.st-snippet").TextContent);
    }
}
