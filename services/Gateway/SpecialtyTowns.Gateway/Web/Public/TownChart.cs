using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecialtyTowns.Gateway.Web.Public;

/// <summary>
/// The home page's chart: towns per category as horizontal bars (long labels stay readable
/// on a phone). The ECharts option travels as JSON in a data-chart attribute, which
/// wwwroot/js/charts.js draws; the same counts are the chart's table.
/// </summary>
public static class TownChart
{
    /// <summary>How many towns carry each label, most first (then by label).</summary>
    public static IReadOnlyList<(string Label, int Towns)> Count(IEnumerable<string> labels) =>
        labels.GroupBy(label => label, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Towns: g.Count()))
            .OrderByDescending(c => c.Towns)
            .ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();

    public static string Option(IReadOnlyList<(string Label, int Towns)> counts)
    {
        // ECharts draws a category axis bottom-up; reversed, the largest city is on top as in the table.
        var ordered = counts.Reverse().ToList();
        var option = new JsonObject
        {
            ["animation"] = false,
            ["grid"] = new JsonObject { ["left"] = 8, ["right"] = 32, ["top"] = 8, ["bottom"] = 8, ["containLabel"] = true },
            ["xAxis"] = new JsonObject { ["type"] = "value", ["minInterval"] = 1 },
            ["yAxis"] = new JsonObject
            {
                ["type"] = "category",
                ["data"] = new JsonArray(ordered.Select(c => (JsonNode?)c.Label).ToArray()),
            },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "bar",
                ["data"] = new JsonArray(ordered.Select(c => (JsonNode?)c.Towns).ToArray()),
                ["itemStyle"] = new JsonObject { ["color"] = "#0958d9" },
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "right" },
            }),
        };
        return option.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Enough height for one bar per label.</summary>
    public static int HeightPixels(int bars) => Math.Max(160, 32 + (bars * 36));
}
