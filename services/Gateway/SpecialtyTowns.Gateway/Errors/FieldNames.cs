using System.Text;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Turns proto field paths (<c>main_industry</c>, <c>page.page_size</c>) into the JSON names clients send.</summary>
public static class FieldNames
{
    // Where the REST body names a field differently from the proto (money in yuan at the edge,
    // fen inside; project content flattened into the body), errors use the REST name.
    private static readonly Dictionary<string, string> RestNames = new(StringComparer.Ordinal)
    {
        ["content.industryCode"] = "industry",
        ["content.amountMinFen"] = "amountMinYuan",
        ["content.amountMaxFen"] = "amountMaxYuan",
        ["instanceJson"] = "instance",
        ["previousScheduleJson"] = "previousSchedule",
        ["instanceJson.slots"] = "instance.slots",
        ["instanceJson.meetings"] = "instance.meetings",
    };

    public static string ToJson(string protoPath)
    {
        var json = ToCamel(protoPath);
        if (RestNames.TryGetValue(json, out var rest))
        {
            return rest;
        }

        return json.StartsWith("content.", StringComparison.Ordinal) ? json["content.".Length..] : json;
    }

    private static string ToCamel(string protoPath)
    {
        var builder = new StringBuilder(protoPath.Length);
        var upper = false;
        foreach (var c in protoPath)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
