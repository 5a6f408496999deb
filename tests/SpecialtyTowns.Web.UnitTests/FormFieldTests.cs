using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Gateway.Web.Components.Workspace;
using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class FormFieldTests
{
    [Fact]
    public void Render_WhenOneItemALineFieldHasItemErrors_ShowsEachWithItsLineAndMarksTheInput()
    {
        using var culture = new CultureScope("zh-CN");
        using var context = PageContext.Create();
        context.Services.AddScoped<PageProblems>();
        var problems = context.Services.GetRequiredService<PageProblems>();
        problems.Add("facts", "has 60 items; at most 50 are allowed");
        problems.Add("facts[1]", "is required");
        problems.Add("platforms[0]", "is required");

        var field = context.Render<FormField>(p => p
            .Add(f => f.Id, "facts").Add(f => f.Name, "Input.Facts").Add(f => f.Field, "facts").Add(f => f.Label, "Facts")
            .Add(f => f.Rows, 3).Add(f => f.Items, true).Add(f => f.Problems, problems));

        var textarea = field.Find("textarea#facts");
        Assert.Equal("true", textarea.GetAttribute("aria-invalid"));
        Assert.Contains("error-facts", textarea.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(["共 60 项，最多允许 50 项", "第 2 条：必填"], field.FindAll("#error-facts div").Select(d => d.TextContent));
    }

    [Fact]
    public void Render_WhenTheFieldHasNoError_IsNotMarkedInvalid()
    {
        using var culture = new CultureScope("en");
        using var context = PageContext.Create();
        context.Services.AddScoped<PageProblems>();
        var problems = context.Services.GetRequiredService<PageProblems>();
        problems.Add("title", "is required");

        var field = context.Render<FormField>(p => p
            .Add(f => f.Id, "location").Add(f => f.Name, "Input.Location").Add(f => f.Field, "location").Add(f => f.Label, "Location")
            .Add(f => f.Value, "Qingxu").Add(f => f.Problems, problems));

        Assert.Null(field.Find("input#location").GetAttribute("aria-invalid"));
        Assert.Equal("Qingxu", field.Find("input#location").GetAttribute("value"));
        Assert.Empty(field.FindAll("[role=alert]"));
    }
}
