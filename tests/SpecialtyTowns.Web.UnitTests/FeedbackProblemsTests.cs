using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Gateway.Web.Components.Matching;
using SpecialtyTowns.Gateway.Web.Components.Shared;
using SpecialtyTowns.Gateway.Web.Forms;
using SpecialtyTowns.Gateway.Web.Matching;

namespace SpecialtyTowns.Web.UnitTests;

/// <summary>A refused "express interest": the message's error at the pressed item's message, other fields named in the summary.</summary>
public sealed class FeedbackProblemsTests
{
    private const string ItemId = "0193a5f0-0000-7000-8000-000000000001";

    [Theory]
    [InlineData("zh-CN", "长度为 2001 个字符，最多允许 2000 个")]
    [InlineData("en", "is 2001 characters long; at most 2000 are allowed")]
    public void FeedbackButtons_WhenTheMessageWasRefused_ShowsTheErrorAtTheMessageAndKeepsTheBoxOpen(string culture, string expected)
    {
        using var scope = new CultureScope(culture);
        using var context = PageContext.Create();
        var problems = Refused(context, ("message", "is 2001 characters long; at most 2000 are allowed"));

        var buttons = context.Render<FeedbackButtons>(p => p
            .Add(b => b.Id, ItemId).Add(b => b.Kind, "project").Add(b => b.Title, "项目").Add(b => b.Message, "太长")
            .Add(b => b.Problems, FeedbackPress.ProblemsAt(problems, $"express-interest:project:{ItemId}", ItemId)));

        var textarea = buttons.Find("textarea");
        Assert.Equal("true", textarea.GetAttribute("aria-invalid"));
        Assert.Equal($"message-{ItemId}-hint error-message", textarea.GetAttribute("aria-describedby"));
        Assert.Equal(expected, buttons.Find("#error-message").TextContent.Trim());
        Assert.True(buttons.Find("details.st-match-interest").HasAttribute("open"));
    }

    [Fact]
    public void FeedbackButtons_WhenAnotherItemsButtonWasPressed_ShowNoError()
    {
        using var scope = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        var problems = Refused(context, ("message", "is 2001 characters long; at most 2000 are allowed"));

        var buttons = context.Render<FeedbackButtons>(p => p
            .Add(b => b.Id, ItemId).Add(b => b.Kind, "project").Add(b => b.Title, "项目")
            .Add(b => b.Problems, FeedbackPress.ProblemsAt(problems, $"express-interest:project:{Guid.NewGuid()}", ItemId)));

        Assert.Null(buttons.Find("textarea").GetAttribute("aria-invalid"));
        Assert.Empty(buttons.FindAll("#error-message"));
        Assert.False(buttons.Find("details.st-match-interest").HasAttribute("open"));
    }

    [Fact]
    public void ProblemSummary_WhenFieldsHaveNoInputOnThePage_NamesThemUnderTheGeneralMessage()
    {
        using var scope = new CultureScope("en");
        using var context = PageContext.Create();
        var problems = Refused(context, ("message", "is 2001 characters long; at most 2000 are allowed"), ("requestId", "is 300 characters long; at most 200 are allowed"));
        problems.SetGeneral("Please correct the marked fields and submit again.");

        var summary = context.Render<ProblemSummary>(p => p
            .Add(s => s.Problems, problems)
            .Add(s => s.Placed, FeedbackPress.PlacedFields($"express-interest:project:{ItemId}", [ItemId]))
            .Add(s => s.Label, field => field.ToUpperInvariant()));

        var named = Assert.Single(summary.FindAll("[data-testid=problem-fields] li"));
        Assert.Equal("REQUESTID: is 300 characters long; at most 200 are allowed", named.TextContent);
        Assert.Equal("requestId", named.GetAttribute("data-field"));
    }

    private static PageProblems Refused(BunitContext context, params (string Field, string Message)[] errors)
    {
        context.Services.AddScoped<PageProblems>();
        var problems = context.Services.GetRequiredService<PageProblems>();
        foreach (var (field, message) in errors)
        {
            problems.Add(field, message);
        }

        return problems;
    }
}
