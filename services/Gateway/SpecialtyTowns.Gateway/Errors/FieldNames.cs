using System.Text;
using System.Text.RegularExpressions;

namespace SpecialtyTowns.Gateway.Errors;

/// <summary>
/// Turns proto field paths (<c>main_industry</c>, <c>contacts.values[0].name</c>) into the JSON paths
/// clients send (<c>mainIndustry</c>, <c>contacts[0].name</c>); a route whose REST shape differs from
/// its proto adds its own names (<see cref="RestFieldNames"/>).
/// </summary>
public static partial class FieldNames
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

    private static readonly string[] FlattenedMessages = ["content.", "profile.", "fields."];

    public static string ToJson(string protoPath, RestFieldNames? route = null)
    {
        var json = WithoutWrappers(ToCamel(protoPath));
        if (route is not null && Rename(json, route.Names) is { } routeName)
        {
            return routeName;
        }

        if (RestNames.TryGetValue(json, out var rest))
        {
            return rest;
        }

        // Content, profile and stage-field messages are flattened into the JSON body (profile.unifiedSocialCreditCode → unifiedSocialCreditCode).
        foreach (var prefix in FlattenedMessages)
        {
            if (json.StartsWith(prefix, StringComparison.Ordinal) && json.Length > prefix.Length)
            {
                return json[prefix.Length..];
            }
        }

        return json;
    }

    // The route's name replaces the whole path or its leading segments (text → q, page.pageSize → pageSize).
    private static string? Rename(string json, IReadOnlyDictionary<string, string> names)
    {
        if (names.TryGetValue(json, out var exact))
        {
            return exact;
        }

        foreach (var (proto, rest) in names)
        {
            if (json.Length > proto.Length && json.StartsWith(proto, StringComparison.Ordinal) && json[proto.Length] is '.' or '[')
            {
                return rest + json[proto.Length..];
            }
        }

        return null;
    }

    // Lists that may be absent on an update travel in wrapper messages (StringList, ContactList) whose
    // only field is "values"; in JSON they are plain arrays.
    private static string WithoutWrappers(string json) => WrapperSegment().Replace(json, string.Empty);

    [GeneratedRegex(@"\.values(?=\[|\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex WrapperSegment();

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
