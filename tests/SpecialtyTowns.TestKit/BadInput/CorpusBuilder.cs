using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>Builds the cases of one route; see <see cref="BadInputCorpus"/>.</summary>
internal sealed partial class CorpusBuilder(OpenApiRoute route, BadInputBaseline baseline, string markerPrefix, int bodyLimitBytes)
{
    private const int MaxDepth = 4;
    private const string JsonContentType = "application/json";

    // Replaced in the serialized body by text no JSON writer produces (lone surrogates, invalid UTF-8).
    private const string RawPlaceholder = "__corpus_raw__";

    private static readonly IReadOnlySet<int> BadRequest = new HashSet<int> { 400 };
    private static readonly IReadOnlySet<int> BadRequestOrNotFound = new HashSet<int> { 400, 404 };
    private static readonly IReadOnlySet<int> NotFound = new HashSet<int> { 404 };
    private static readonly string[] RootFields = ["$", "body"];

    // Tab and line breaks are allowed text; these are not.
    private static readonly char[] ControlCharacters = ['\u0000', '\u0001', '\u001b', '\u007f', '\u009b'];

    private static readonly JsonSerializerOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonNode _body = baseline.Body?.DeepClone()
        ?? (route.BodySchema is { } schema ? Sample(route.Document, schema, string.Empty) : null) ?? new JsonObject();

    private int _next;

    public List<BadInputCase> Cases { get; } = [];

    public void AddPathParameterCases()
    {
        foreach (var parameter in route.Parameters.Where(p => p.In == "path"))
        {
            string[] malformed = ["not-a-guid", "12345", "%E2%80%AE", new string('a', 1000)];
            foreach (var value in malformed)
            {
                AddPathCase(BadInputClass.MalformedId, parameter.Name, value, BadRequestOrNotFound);
            }

            AddPathCase(BadInputClass.ProtocolRefusal, parameter.Name, "%00", BadRequest);

            AddPathCase(BadInputClass.UnknownId, parameter.Name, Guid.NewGuid().ToString(), NotFound);
        }
    }

    public void AddQueryParameterCases()
    {
        foreach (var parameter in route.Parameters.Where(p => p.In == "query"))
        {
            var schema = parameter.Schema;
            switch (OpenApiSchema.Kind(schema, null))
            {
                case ValueKind.Integer or ValueKind.Number:
                    AddQueryCase(BadInputClass.WrongType, parameter.Name, "lots", BadRequest);
                    AddQueryCase(BadInputClass.OutOfRangeNumber, parameter.Name, "1.5", OpenApiSchema.Kind(schema, null) == ValueKind.Integer ? BadRequest : null);
                    AddQueryCase(BadInputClass.OutOfRangeNumber, parameter.Name, "99999999999999999999999", BadRequest);
                    AddQueryCase(BadInputClass.OutOfRangeNumber, parameter.Name, "-1", OpenApiSchema.Number(schema, "minimum") >= 0 ? BadRequest : null);
                    break;
                default:
                    foreach (var character in ControlCharacters)
                    {
                        AddQueryCase(BadInputClass.ControlCharacter, parameter.Name, Uri.EscapeDataString("法兰" + character), BadRequest);
                    }

                    AddQueryCase(BadInputClass.BidiOverride, parameter.Name, Uri.EscapeDataString("法兰\u202e"), BadRequest);
                    AddQueryCase(BadInputClass.LoneSurrogate, parameter.Name, "%E6%B3%95%ED%A0%80", BadRequest);
                    AddQueryCase(BadInputClass.InvalidUtf8, parameter.Name, "%E6%B3%95%FF%FE", BadRequest);
                    AddQueryCase(BadInputClass.OversizedString, parameter.Name, new string('a', OversizedLength(schema, 2000)), BadRequest);
                    if (OpenApiSchema.Enum(schema).Count > 0)
                    {
                        AddQueryCase(BadInputClass.UnknownEnumValue, parameter.Name, "no-such-value", BadRequest);
                    }

                    break;
            }
        }
    }

    public void AddBodyCases()
    {
        if (route.BodySchema is not { } schema)
        {
            return;
        }

        foreach (var (name, propertySchema, required) in OpenApiSchema.Properties(route.Document, schema))
        {
            VisitProperty(_body, [name], propertySchema, required, 1);
        }

        AddBodyShapeCases();
    }

    public void AddUrlCases()
    {
        var path = PathWith(null, null) + Query(null, null);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var marker = NextMarker();
        Add(BadInputClass.OversizedUrl, $"a request line over {BadInputCorpus.RequestLineLimitBytes} bytes", path + separator + "corpus=" + new string('a', BadInputCorpus.RequestLineLimitBytes + 1024),
            route.BodySchema is null ? null : BaselineBody(marker), route.BodySchema is null ? null : JsonContentType, new HashSet<int> { 414 }, [], true, marker);
    }

    private void VisitProperty(JsonNode root, List<object> path, JsonElement schema, bool required, int depth)
    {
        var current = Get(root, path);
        var kind = OpenApiSchema.Kind(schema, current ?? Sample(route.Document, schema, string.Empty));
        var jsonPath = JsonPath(path);
        var name = path.OfType<string>().Last();
        if (path[^1] is string)
        {
            // Null is a refusal only where the schema says the value is required and not nullable.
            var nullRefused = required && !OpenApiSchema.IsNullable(schema);
            AddValue(BadInputClass.Null, $"{jsonPath}: null", root, path, _ => null, nullRefused ? BadRequest : null);
        }

        foreach (var wrong in WrongValues(kind))
        {
            AddValue(BadInputClass.WrongType, $"{jsonPath}: {wrong.ToJsonString()} for a {kind.ToString().ToLowerInvariant()}", root, path, _ => wrong.DeepClone(), BadRequest);
        }

        switch (kind)
        {
            case ValueKind.String:
                AddStringCases(root, path, schema, current?.GetValueKind() == JsonValueKind.String ? current.GetValue<string>() : SampleText(schema, name));
                break;
            case ValueKind.Integer:
                AddValue(BadInputClass.OutOfRangeNumber, $"{jsonPath}: 1.5 for an integer", root, path, _ => JsonValue.Create(1.5m), BadRequest);
                AddRaw(BadInputClass.OutOfRangeNumber, $"{jsonPath}: 1e30", root, path, _ => "1e30"u8.ToArray(), BadRequest);
                AddValue(BadInputClass.OutOfRangeNumber, $"{jsonPath}: -1", root, path, _ => JsonValue.Create(-1), OpenApiSchema.Number(schema, "minimum") >= 0 ? BadRequest : null);
                break;
            case ValueKind.Number:
                AddRaw(BadInputClass.OutOfRangeNumber, $"{jsonPath}: 1e400", root, path, _ => "1e400"u8.ToArray(), BadRequest);
                AddValue(BadInputClass.OutOfRangeNumber, $"{jsonPath}: -1", root, path, _ => JsonValue.Create(-1), OpenApiSchema.Number(schema, "minimum") >= 0 ? BadRequest : null);
                break;
            case ValueKind.Array:
                AddValue(BadInputClass.NullInArray, $"{jsonPath}: [null]", root, path, _ => new JsonArray((JsonNode?)null), BadRequest);
                var items = OpenApiSchema.Items(route.Document, schema);
                if (depth < MaxDepth && items.ValueKind == JsonValueKind.Object)
                {
                    var withItem = current is JsonArray { Count: > 0 } ? root : With(root, path, new JsonArray(Sample(route.Document, items, name)));
                    VisitProperty(withItem, [.. path, 0], items, true, depth + 1);
                }

                break;
            case ValueKind.Object:
                if (depth < MaxDepth)
                {
                    var withObject = current is JsonObject ? root : With(root, path, Sample(route.Document, schema, name));
                    foreach (var (property, propertySchema, propertyRequired) in OpenApiSchema.Properties(route.Document, schema))
                    {
                        VisitProperty(withObject, [.. path, property], propertySchema, propertyRequired, depth + 1);
                    }
                }

                break;
        }
    }

    private void AddStringCases(JsonNode root, List<object> path, JsonElement schema, string text)
    {
        var jsonPath = JsonPath(path);
        foreach (var character in ControlCharacters)
        {
            AddValue(BadInputClass.ControlCharacter, $"{jsonPath}: U+{(int)character:X4}", root, path, marker => Mark(text, marker) + character, BadRequest);
        }

        AddValue(BadInputClass.BidiOverride, $"{jsonPath}: U+202E", root, path, marker => Mark(text, marker) + "\u202e", BadRequest);
        AddRaw(BadInputClass.LoneSurrogate, $"{jsonPath}: \\ud800", root, path,
            marker => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Mark(text, marker), Writer)[..^1] + "\\ud800\""), BadRequest);
        AddRaw(BadInputClass.InvalidUtf8, $"{jsonPath}: bytes C3 28", root, path,
            marker => [.. Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Mark(text, marker), Writer)[..^1]), 0xC3, 0x28, (byte)'"'], BadRequest);
        var length = OversizedLength(schema, 100_000);
        AddValue(BadInputClass.OversizedString, $"{jsonPath}: {length} characters", root, path, marker => (marker + " " + new string('a', length)).PadRight(length)[..length], BadRequest);

        if (OpenApiSchema.String(schema, "format") == "uuid" || Guid.TryParse(text, out _))
        {
            AddValue(BadInputClass.MalformedId, $"{jsonPath}: not-a-guid", root, path, _ => "not-a-guid", BadRequest);
        }

        var format = OpenApiSchema.String(schema, "format");
        if (format is "date" or "date-time" || IsoDate().IsMatch(text))
        {
            var time = format == "date-time" || text.Contains('T', StringComparison.Ordinal) ? "T00:00:00+08:00" : string.Empty;
            foreach (var date in new[] { "0001-01-01" + time, "9999-12-31" + time, "2023-13-45" + time, "not-a-date" })
            {
                AddValue(BadInputClass.Date, $"{jsonPath}: {date}", root, path, _ => date, BadRequest);
            }
        }

        var values = OpenApiSchema.Enum(schema);
        if (values.Count > 0 || EnumLike().IsMatch(text))
        {
            AddValue(BadInputClass.UnknownEnumValue, $"{jsonPath}: no-such-value", root, path, _ => "no-such-value", BadRequest);
        }

        if (format == "email" || path.OfType<string>().Last().Contains("email", StringComparison.OrdinalIgnoreCase))
        {
            AddValue(BadInputClass.MalformedEmail, $"{jsonPath}: not-an-email", root, path, _ => "not-an-email", BadRequest);
        }
    }

    private void AddBodyShapeCases()
    {
        var present = PresentPaths(_body).Concat(RootFields).ToList();
        string[] shapes = ["", "[]", "null", "\"x\"", "42"];
        foreach (var shape in shapes)
        {
            AddBody(BadInputClass.BodyShape, shape.Length == 0 ? "an empty body" : $"the body {shape}", Encoding.UTF8.GetBytes(shape), JsonContentType, BadRequest, RootFields);
        }

        var marker = NextMarker();
        var json = BaselineBody(marker);
        Add(BadInputClass.BodyShape, "truncated JSON", PathWith(null, null) + Query(null, null), json[..(json.Length / 2)], JsonContentType, BadRequest, present, false, marker);

        var first = (_body as JsonObject)?.FirstOrDefault().Key ?? OpenApiSchema.Properties(route.Document, route.BodySchema!.Value).Select(p => p.Name).FirstOrDefault();
        if (first is not null)
        {
            var nested = new string('[', 1000) + new string(']', 1000);
            AddRaw(BadInputClass.DeepNesting, $"{first}: arrays nested 1000 deep", _body, [first], _ => Encoding.UTF8.GetBytes(nested), BadRequest, RootFields);
            AddValue(BadInputClass.OversizedBody, $"a body over {bodyLimitBytes / 1024} KiB", _body, [first], marker => marker + new string('a', bodyLimitBytes + 1024), new HashSet<int> { 413 });
        }

        foreach (var contentType in new[] { "text/plain", "application/x-www-form-urlencoded", null })
        {
            marker = NextMarker();
            Add(BadInputClass.WrongContentType, $"JSON sent as {contentType ?? "no content type"}", PathWith(null, null) + Query(null, null), BaselineBody(marker),
                contentType, new HashSet<int> { 415 }, [], false, marker);
        }
    }

    private void AddPathCase(string @class, string parameter, string value, IReadOnlySet<int> expected)
    {
        var marker = NextMarker();
        var shown = value.Length > 40 ? $"{value.Length} characters" : value;
        Add(@class, $"{{{parameter}}} = {shown}", PathWith(parameter, value) + Query(null, null), route.BodySchema is null ? null : BaselineBody(marker),
            route.BodySchema is null ? null : JsonContentType, expected, [parameter], true, marker);
    }

    private void AddQueryCase(string @class, string parameter, string encodedValue, IReadOnlySet<int>? expected)
    {
        var marker = NextMarker();
        var shown = encodedValue.Length > 40 ? $"{encodedValue.Length} characters" : encodedValue;
        Add(@class, $"?{parameter}={shown}", PathWith(null, null) + Query(parameter, encodedValue), route.BodySchema is null ? null : BaselineBody(marker),
            route.BodySchema is null ? null : JsonContentType, expected, [parameter], true, marker);
    }

    private void AddValue(string @class, string description, JsonNode root, List<object> path, Func<string, JsonNode?> value, IReadOnlySet<int>? expected, IEnumerable<string>? extraFields = null)
    {
        var marker = NextMarker();
        var body = Mark(root.DeepClone(), marker);
        Set(body, path, value(marker));
        Add(@class, description, PathWith(null, null) + Query(null, null), Encoding.UTF8.GetBytes(body!.ToJsonString(Writer)), JsonContentType, expected,
            [JsonPath(path), .. extraFields ?? []], false, marker);
    }

    private void AddRaw(string @class, string description, JsonNode root, List<object> path, Func<string, byte[]> raw, IReadOnlySet<int> expected, IEnumerable<string>? extraFields = null)
    {
        var marker = NextMarker();
        var body = Mark(root.DeepClone(), marker);
        Set(body, path, RawPlaceholder);
        var json = body!.ToJsonString(Writer);
        var at = json.IndexOf($"\"{RawPlaceholder}\"", StringComparison.Ordinal);
        byte[] bytes = [.. Encoding.UTF8.GetBytes(json[..at]), .. raw(marker), .. Encoding.UTF8.GetBytes(json[(at + RawPlaceholder.Length + 2)..])];
        Add(@class, description, PathWith(null, null) + Query(null, null), bytes, JsonContentType, expected, [JsonPath(path), .. extraFields ?? []], false, marker);
    }

    private void AddBody(string @class, string description, byte[] body, string contentType, IReadOnlySet<int> expected, IReadOnlyList<string> fields)
    {
        Add(@class, description, PathWith(null, null) + Query(null, null), body, contentType, expected, fields, false, NextMarker());
    }

    private void Add(string @class, string description, string path, byte[]? body, string? contentType, IReadOnlySet<int>? expected, IReadOnlyList<string> fields, bool ignoreCase, string marker) =>
        Cases.Add(new BadInputCase(route.Key, @class, description, route.Method, path, body, contentType, expected, fields, ignoreCase, marker));

    private string NextMarker() => markerPrefix + "c" + (_next++).ToString(CultureInfo.InvariantCulture);

    private byte[] BaselineBody(string marker) => Encoding.UTF8.GetBytes(Mark(_body.DeepClone(), marker)!.ToJsonString(Writer));

    // Routes with two parameters ({id}/targets/{year}) take their baseline values space-separated, in order.
    private string PathWith(string? parameter, string? value)
    {
        var values = baseline.PathValue.Split(' ');
        var next = 0;
        return PathParameter().Replace(route.Template, match =>
        {
            var own = values[Math.Min(next++, values.Length - 1)];
            return match.Groups[1].Value == parameter ? value! : own;
        });
    }

    private string Query(string? parameter, string? encodedValue)
    {
        var pairs = baseline.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => parameter is null || !string.Equals(pair[0], parameter, StringComparison.OrdinalIgnoreCase))
            .Select(pair => string.Join('=', pair))
            .ToList();
        if (parameter is not null)
        {
            pairs.Add($"{parameter}={encodedValue}");
        }

        return pairs.Count == 0 ? string.Empty : "?" + string.Join('&', pairs);
    }

    private static int OversizedLength(JsonElement schema, int fallback) =>
        OpenApiSchema.Number(schema, "maxLength") is { } max ? (int)max + 1 : fallback;

    private static IEnumerable<JsonNode> WrongValues(ValueKind kind)
    {
        JsonNode text = JsonValue.Create("lots");
        JsonNode number = JsonValue.Create(42);
        JsonNode boolean = JsonValue.Create(true);
        return kind switch
        {
            ValueKind.String => [number, boolean, new JsonObject(), new JsonArray()],
            ValueKind.Integer or ValueKind.Number => [text, boolean, new JsonObject(), new JsonArray()],
            ValueKind.Boolean => [text, number, new JsonObject(), new JsonArray()],
            ValueKind.Object => [text, number, boolean, new JsonArray()],
            ValueKind.Array => [text, number, boolean, new JsonObject()],
            _ => [],
        };
    }

    /// <summary>A valid-looking value for a property the baseline request leaves out.</summary>
    private static JsonNode? Sample(JsonElement document, JsonElement schema, string name)
    {
        switch (OpenApiSchema.Kind(schema, null))
        {
            case ValueKind.String:
                return SampleText(schema, name);
            case ValueKind.Integer:
                return name.Contains("year", StringComparison.OrdinalIgnoreCase) ? 2024 : 1;
            case ValueKind.Number:
                return 1;
            case ValueKind.Boolean:
                return true;
            case ValueKind.Array:
                return new JsonArray(Sample(document, OpenApiSchema.Items(document, schema), name));
            case ValueKind.Object:
                var sample = new JsonObject();
                foreach (var (property, propertySchema, _) in OpenApiSchema.Properties(document, schema))
                {
                    sample[property] = Sample(document, propertySchema, property);
                }

                return sample;
            default:
                return new JsonObject();
        }
    }

    private static string SampleText(JsonElement schema, string name) => OpenApiSchema.String(schema, "format") switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date" => "2030-06-01",
        "date-time" => "2030-06-01T09:00:00+08:00",
        "email" => "corpus@example.com",
        _ when OpenApiSchema.Enum(schema) is [var first, ..] => first,
        _ when name.Contains("email", StringComparison.OrdinalIgnoreCase) => "corpus@example.com",
        _ when name.Contains("phone", StringComparison.OrdinalIgnoreCase) => "13800138000",

        // Dates the schema types as plain strings (DateOnly bound by hand) still get the date cases.
        _ when DateName().IsMatch(name) => "2030-06-01",
        _ => "语料 corpus",
    };

    /// <summary>
    /// Writes the case's marker into every free-text string (text with a space or a non-ASCII
    /// character; ids, dates, emails and codes stay as they are) and into fresh e-mail
    /// addresses (<c>new-…@</c>), so a row stored from a refused request can be found.
    /// </summary>
    private static JsonNode? Mark(JsonNode? node, string marker)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value)
                    {
                        obj[key] = Mark(value, marker);
                    }
                    else
                    {
                        Mark(obj[key], marker);
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value)
                    {
                        array[i] = Mark(value, marker);
                    }
                    else
                    {
                        Mark(array[i], marker);
                    }
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                return FreshEmail().IsMatch(text) ? FreshEmail().Replace(text, "new-" + marker + "@") : IsFreeText(text) ? Mark(text, marker) : text;
            case JsonValue value:
                return value.DeepClone();
            default:
                return node;
        }
    }

    private static string Mark(string text, string marker) => IsFreeText(text) || text.Length == 0 ? $"{text} {marker}".TrimStart() : text;

    private static bool IsFreeText(string text) =>
        (text.Contains(' ', StringComparison.Ordinal) || text.Any(c => c > 127)) && !Guid.TryParse(text, out _) && !IsoDate().IsMatch(text) && !text.Contains('@', StringComparison.Ordinal);

    private static IEnumerable<string> PresentPaths(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                    yield return path;
                    foreach (var nested in PresentPaths(child, path))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var path = $"{prefix}[{i}]";
                    yield return path;
                    foreach (var nested in PresentPaths(array[i], path))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    private static string JsonPath(IEnumerable<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            text.Append(segment is int index ? $"[{index}]" : text.Length == 0 ? $"{segment}" : $".{segment}");
        }

        return text.ToString();
    }

    private static JsonNode? Get(JsonNode? node, IEnumerable<object> path)
    {
        foreach (var segment in path)
        {
            node = (node, segment) switch
            {
                (JsonObject obj, string key) => obj[key],
                (JsonArray array, int index) when index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static JsonNode With(JsonNode root, List<object> path, JsonNode? value)
    {
        var copy = root.DeepClone();
        Set(copy, path, value);
        return copy;
    }

    private static void Set(JsonNode? root, List<object> path, JsonNode? value)
    {
        var parent = Get(root, path.Take(path.Count - 1));
        switch (parent, path[^1])
        {
            case (JsonObject obj, string key):
                obj[key] = value;
                break;
            case (JsonArray array, int index) when index < array.Count:
                array[index] = value;
                break;
            case (JsonArray array, int _):
                array.Add(value);
                break;
            default:
                throw new InvalidOperationException($"{JsonPath(path)} has no parent in {root?.ToJsonString()}");
        }
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    // "On" case-sensitively (startsOn, endsOn): "location" is no date.
    [GeneratedRegex(@"((?i:date|deadline)|[a-z]On)$")]
    private static partial Regex DateName();

    [GeneratedRegex(@"^[a-z]+(-[a-z]+)*$")]
    private static partial Regex EnumLike();

    [GeneratedRegex(@"^new-[0-9a-f]{32}@")]
    private static partial Regex FreshEmail();
}
