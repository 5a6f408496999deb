using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// Applies the services' <see cref="TextRule"/> to every string an endpoint receives (bodies,
/// query parameters, route strings) and refuses null items in arrays, with the JSON path
/// named, before a handler runs: the gateway's own strings (sign-in, registration) never reach
/// a service, and PostgreSQL must not be the one to refuse a NUL.
/// </summary>
public static class TextInputFilter
{
    private const string BodyNamespace = "SpecialtyTowns.Gateway.Api";
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        return invocation =>
        {
            var problems = new RequestProblems();
            for (var i = 0; i < invocation.Arguments.Count && i < parameters.Length; i++)
            {
                // A body's or [AsParameters] record's properties are top-level names; a plain
                // string parameter (query or route) is named as the parameter.
                Check(invocation.Arguments[i], path: null, multiLineField: Name(parameters[i].Name!), problems);
            }

            return problems.HasErrors ? ValueTask.FromResult<object?>(problems.ToResult()) : next(invocation);
        };
    }

    /// <summary>The same checks for a body an endpoint reads itself (an optional body), which the filter never sees.</summary>
    public static RequestProblems CheckBody(object? body)
    {
        var problems = new RequestProblems();
        Check(body, path: null, multiLineField: string.Empty, problems);
        return problems;
    }

    private static void Check(object? value, string? path, string multiLineField, RequestProblems problems)
    {
        switch (value)
        {
            case string text when TextRule.Check(text, TextFields.IsMultiLine(multiLineField)) is { } problem:
                problems.Add(path ?? multiLineField, problem);
                break;
            case JsonElement element:
                CheckJson(element, path ?? multiLineField, multiLineField, problems);
                break;
            case IEnumerable items and not string:
                CheckItems(items, path ?? multiLineField, multiLineField, problems);
                break;
            case not null when value.GetType().Namespace?.StartsWith(BodyNamespace, StringComparison.Ordinal) == true:
                foreach (var property in Properties.GetOrAdd(value.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
                {
                    var name = Name(property.Name);
                    Check(property.GetValue(value), path is null ? name : $"{path}.{name}", name, problems);
                }

                break;
        }
    }

    private static void CheckItems(IEnumerable items, string path, string multiLineField, RequestProblems problems)
    {
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{path}[{index}]";
            if (item is null)
            {
                problems.Add(itemPath, "must not be null");
            }
            else
            {
                Check(item, itemPath, multiLineField, problems);
            }

            index++;
        }
    }

    private static void CheckJson(JsonElement element, string path, string multiLineField, RequestProblems problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when TextRule.Check(element.GetString(), TextFields.IsMultiLine(multiLineField)) is { } problem:
                problems.Add(path, problem);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckJson(property.Value, $"{path}.{property.Name}", property.Name, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckJson(item, $"{path}[{index}]", multiLineField, problems);
                    index++;
                }

                break;
        }
    }

    private static string Name(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
