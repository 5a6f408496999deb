using System.Text.Json;

namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>
/// One operation of an OpenAPI 3.x document: its method, path template, parameters and the
/// JSON request body schema (resolved through <c>$ref</c>), read from the document itself so
/// that a new route gets its bad-input cases without anyone writing them.
/// </summary>
public sealed record OpenApiRoute(string Method, string Template, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? BodySchema, JsonElement Document)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>"POST /api/v1/towns", the key the authorization rules use.</summary>
    public string Key => $"{Method} {Template}";

    public static IReadOnlyList<OpenApiRoute> Read(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => Methods.Contains(operation.Name))
                .Select(operation => FromOperation(document, path.Name, operation.Name, operation.Value)))
            .OrderBy(route => route.Key, StringComparer.Ordinal)
            .ToList();

    private static OpenApiRoute FromOperation(JsonElement document, string template, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var declared)
            ? declared.EnumerateArray()
                .Select(p => OpenApiSchema.Resolve(document, p))
                .Select(p => new OpenApiParameter(
                    p.GetProperty("name").GetString()!,
                    p.GetProperty("in").GetString()!,
                    p.TryGetProperty("schema", out var schema) ? OpenApiSchema.Resolve(document, schema) : default))
                .ToList()
            : [];
        JsonElement? body = operation.TryGetProperty("requestBody", out var requestBody)
            && OpenApiSchema.Resolve(document, requestBody).TryGetProperty("content", out var content)
            && content.TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var bodySchema)
                ? OpenApiSchema.Resolve(document, bodySchema)
                : null;
        return new OpenApiRoute(method.ToUpperInvariant(), template, parameters, body, document);
    }
}
