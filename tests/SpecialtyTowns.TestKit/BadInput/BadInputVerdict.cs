using System.Text.Json;

namespace SpecialtyTowns.TestKit.BadInput;

/// <summary>
/// What is wrong with an answer to a bad-input case: a 5xx; a status the case does not allow;
/// a 4xx that is not ProblemDetails (<c>application/problem+json</c> with <c>status</c> and
/// <c>title</c>); a 400 whose <c>errors</c> name none of the fields the case broke (its JSON
/// path, a path above or below it, or <c>$</c>/<c>body</c> for the body as a whole).
/// </summary>
public static class BadInputVerdict
{
    public static string? Check(BadInputCase badInput, int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return $"answered {status}";
        }

        if (badInput.ExpectedStatuses is { } expected && !expected.Contains(status))
        {
            return $"expected {string.Join(" or ", expected.Order())}, got {status}";
        }

        if (status < 400 || badInput.Class == BadInputClass.ProtocolRefusal)
        {
            return null;
        }

        if (mediaType != "application/problem+json")
        {
            return $"{status} is not ProblemDetails (content type {mediaType ?? "none"})";
        }

        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return $"{status} is not ProblemDetails (body is not JSON)";
        }

        if (problem.ValueKind != JsonValueKind.Object
            || !problem.TryGetProperty("status", out var problemStatus) || problemStatus.ValueKind != JsonValueKind.Number || problemStatus.GetInt32() != status
            || !problem.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String)
        {
            return $"{status} is not ProblemDetails (needs status {status} and a title)";
        }

        if (status != 400)
        {
            return null;
        }

        var named = problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).ToList()
            : [];
        if (named.Count == 0)
        {
            return "400 without errors";
        }

        return named.Any(name => Names(badInput, name))
            ? null
            : $"400 names [{string.Join(", ", named)}], none of [{string.Join(", ", badInput.Fields)}]";
    }

    /// <summary>Whether an <c>errors</c> key names one of the case's fields, an element or property of one, or the object holding one.</summary>
    public static bool Names(BadInputCase badInput, string errorKey)
    {
        var key = Normalize(errorKey);
        var comparison = badInput.FieldsIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return badInput.Fields.Any(field =>
            string.Equals(key, field, comparison)
            || (field is not "$" and not "body" && (Below(key, field, comparison) || (key is not "$" and not "body" && Below(field, key, comparison)))));
    }

    private static bool Below(string path, string ancestor, StringComparison comparison) =>
        path.StartsWith(ancestor + ".", comparison) || path.StartsWith(ancestor + "[", comparison);

    private static string Normalize(string key) => key switch
    {
        _ when key.StartsWith("$.", StringComparison.Ordinal) => key[2..],
        _ when key.StartsWith("$[", StringComparison.Ordinal) => key[1..],
        _ when key.StartsWith("body.", StringComparison.Ordinal) => key[5..],
        _ => key,
    };
}
