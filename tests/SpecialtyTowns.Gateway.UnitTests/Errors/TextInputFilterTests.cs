using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Api.Schedules;
using SpecialtyTowns.Gateway.Api.Towns;
using SpecialtyTowns.Gateway.Errors;

namespace SpecialtyTowns.Gateway.UnitTests.Errors;

public sealed class TextInputFilterTests
{
    private const string Handled = "handled";

    [Fact]
    public async Task Filter_WhenEveryStringIsClean_CallsTheHandler()
    {
        var body = Project("醋产业园 🏭", "第一段\n第二段", ["equity"]);

        var result = await InvokeAsync(nameof(ProjectHandler), body, "醋");

        Assert.Equal(Handled, result);
    }

    [Fact]
    public async Task Filter_WhenBodyAndQueryHaveForbiddenText_NamesEveryJsonField()
    {
        var body = Project("醋\n产业园", "a\u0000b", ["equity", null!, "joint\u202Eventure"]);

        var errors = Errors(await InvokeAsync(nameof(ProjectHandler), body, "醋\u001B"));

        Assert.Equal(["cooperationModes[1]", "cooperationModes[2]", "description", "prefix", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["must not be null"], errors["cooperationModes[1]"]);
    }

    [Fact]
    public async Task Filter_WhenNestedListItemIsNullOrBad_NamesItsPath()
    {
        var body = new UpdateTownBody(null, null, null, null, null, Contacts: [new ContactDto("张三", null, null, null), new ContactDto("李\u0000四", null, null, null), null!]);

        var errors = Errors(await InvokeAsync(nameof(TownHandler), body));

        Assert.Equal(["contacts[1].name", "contacts[2]"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_WhenEmbeddedJsonHasAControlCharacter_NamesItsJsonPath()
    {
        var instance = JsonDocument.Parse("""{"towns":[{"name":"ok"},{"name":"a\u0007b"}]}""").RootElement;

        var errors = Errors(await InvokeAsync(nameof(ScheduleHandler), new SolveScheduleBody(instance, null, null)));

        Assert.Equal(["instance.towns[1].name"], errors.Keys);
    }

    private static ProjectBody Project(string title, string description, IReadOnlyList<string> modes) =>
        new(null, title, null, description, null, "C14", 1, 2, modes, null, null, null, null, null, null, null);

    private static async Task<object?> InvokeAsync(string handler, params object?[] arguments)
    {
        var method = typeof(TextInputFilterTests).GetMethod(handler, BindingFlags.NonPublic | BindingFlags.Static)!;
        var factory = new EndpointFilterFactoryContext { MethodInfo = method, ApplicationServices = new ServiceCollection().BuildServiceProvider() };
        var filter = TextInputFilter.Create(factory, _ => ValueTask.FromResult<object?>(Handled));
        return await filter(new DefaultEndpointFilterInvocationContext(new DefaultHttpContext(), arguments));
    }

    private static IDictionary<string, string[]> Errors(object? result) =>
        Assert.IsType<HttpValidationProblemDetails>(Assert.IsType<ProblemHttpResult>(result).ProblemDetails).Errors;

    private static string ProjectHandler(ProjectBody body, string? prefix) => Handled + body + prefix;

    private static string TownHandler(UpdateTownBody body) => Handled + body;

    private static string ScheduleHandler(SolveScheduleBody body) => Handled + body;
}
