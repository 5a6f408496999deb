using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>The few questions the corpus asks of an OpenAPI schema.</summary>
internal static class OpenApiSchema
{
    /// <summary>Follows <c>$ref</c> and unwraps <c>oneOf: [null, X]</c>, the way ASP.NET Core writes nullable references.</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var hops = 0; hops < 32 && schema.ValueKind == JsonValueKind.Object; hops++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = Lookup(document, reference.GetString()!);
                continue;
            }

            var alternatives = Alternatives(schema).Where(s => !IsNullOnly(s)).ToList();
            if (alternatives.Count != 1)
            {
                return schema;
            }

            schema = alternatives[0];
        }

        return schema;
    }

    public static bool IsNullable(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object
        && (Types(schema).Contains("null")
            || (schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
            || Alternatives(schema).Any(IsNullOnly));

    /// <summary>The kind of value the schema asks for, or, for an untyped schema, the kind of the sample.</summary>
    public static ValueKind Kind(JsonElement schema, JsonNode? sample)
    {
        var types = schema.ValueKind == JsonValueKind.Object ? Types(schema) : [];
        if (types.Contains("integer"))
        {
            return ValueKind.Integer;
        }

        if (types.Contains("number"))
        {
            return ValueKind.Number;
        }

        foreach (var (type, kind) in new[] { ("boolean", ValueKind.Boolean), ("array", ValueKind.Array), ("object", ValueKind.Object), ("string", ValueKind.String) })
        {
            if (types.Contains(type))
            {
                return kind;
            }
        }

        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _))
        {
            return ValueKind.Object;
        }

        return sample?.GetValueKind() switch
        {
            JsonValueKind.String => ValueKind.String,
            JsonValueKind.Number => ValueKind.Number,
            JsonValueKind.True or JsonValueKind.False => ValueKind.Boolean,
            JsonValueKind.Object => ValueKind.Object,
            JsonValueKind.Array => ValueKind.Array,
            _ => ValueKind.Unknown,
        };
    }

    public static IEnumerable<(string Name, JsonElement Schema, bool Required)> Properties(JsonElement document, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        var required = schema.TryGetProperty("required", out var names)
            ? names.EnumerateArray().Select(n => n.GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            // Nullability is read from the unresolved schema: oneOf [null, $ref] loses it on resolving.
            var nullable = IsNullable(property.Value);
            var resolved = Resolve(document, property.Value);
            yield return (property.Name, nullable ? WithNull(resolved) : resolved, required.Contains(property.Name));
        }
    }

    public static JsonElement Items(JsonElement document, JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("items", out var items) ? Resolve(document, items) : default;

    public static string? String(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static double? Number(JsonElement schema, string keyword) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static IReadOnlyList<string> Enum(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var values)
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    private static JsonElement WithNull(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || IsNullable(schema))
        {
            return schema;
        }

        var node = JsonNode.Parse(schema.GetRawText())!.AsObject();
        node["nullable"] = true;
        return JsonSerializer.SerializeToElement(node);
    }

    private static HashSet<string> Types(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [type.GetString()!];
    }

    private static IEnumerable<JsonElement> Alternatives(JsonElement schema) =>
        (schema.TryGetProperty("oneOf", out var one) || schema.TryGetProperty("anyOf", out one)) && one.ValueKind == JsonValueKind.Array
            ? one.EnumerateArray()
            : [];

    private static bool IsNullOnly(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && Types(schema) is { Count: 1 } types && types.Contains("null");

    private static JsonElement Lookup(JsonElement document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are followed, not {reference}");
        }

        var node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }
}
