using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpecialtyTowns.Gateway.Web.Funnel;

/// <summary>
/// The funnel page's ECharts options (drawn by wwwroot/js/charts.js from a data-chart attribute, as the home
/// page's chart): leads per stage as bars with the conversion to the next stage as a line, money per stage
/// with its weighted share, and lost leads by reason. echarts.simple has bars, lines and pies, no funnel series.
/// </summary>
public static class FunnelChart
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Stages(IReadOnlyList<string> labels, IReadOnlyList<long> counts, IReadOnlyList<double> conversions, string countName, string conversionName) =>
        new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["legend"] = new JsonObject { ["data"] = Array(countName, conversionName) },
            ["grid"] = Grid(),
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = Array([.. labels]) },
            ["yAxis"] = new JsonArray(
                new JsonObject { ["type"] = "value", ["minInterval"] = 1 },
                new JsonObject { ["type"] = "value", ["min"] = 0, ["max"] = 100, ["axisLabel"] = new JsonObject { ["formatter"] = "{value}%" } }),
            ["series"] = new JsonArray(
                Series("bar", countName, counts.Select(c => (JsonNode?)c), "#0958d9", label: true),
                new JsonObject
                {
                    ["type"] = "line",
                    ["name"] = conversionName,
                    ["yAxisIndex"] = 1,
                    ["data"] = new JsonArray([.. conversions.Select(c => (JsonNode?)Math.Round(c * 100, 1))]),
                    ["itemStyle"] = new JsonObject { ["color"] = "#d46b08" },
                }),
        }.ToJsonString(Json);

    public static string Amounts(IReadOnlyList<string> labels, IReadOnlyList<decimal> amountsWan, IReadOnlyList<decimal> weightedWan, string amountName, string weightedName) =>
        new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["legend"] = new JsonObject { ["data"] = Array(amountName, weightedName) },
            ["grid"] = Grid(),
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = Array([.. labels]) },
            ["yAxis"] = new JsonObject { ["type"] = "value" },
            ["series"] = new JsonArray(
                Series("bar", amountName, amountsWan.Select(a => (JsonNode?)a), "#389e0d", label: false),
                Series("bar", weightedName, weightedWan.Select(a => (JsonNode?)a), "#95de64", label: false)),
        }.ToJsonString(Json);

    public static string Lost(IReadOnlyList<(string Reason, long Leads)> reasons) =>
        new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "item" },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "pie",
                ["radius"] = "65%",
                ["data"] = new JsonArray([.. reasons.Select(r => (JsonNode?)new JsonObject { ["name"] = r.Reason, ["value"] = r.Leads })]),
                ["label"] = new JsonObject { ["formatter"] = "{b}: {c}" },
            }),
        }.ToJsonString(Json);

    private static JsonObject Grid() => new() { ["left"] = 8, ["right"] = 8, ["top"] = 40, ["bottom"] = 8, ["containLabel"] = true };

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode?)v)]);

    private static JsonObject Series(string type, string name, IEnumerable<JsonNode?> data, string color, bool label) => new()
    {
        ["type"] = type,
        ["name"] = name,
        ["data"] = new JsonArray([.. data]),
        ["itemStyle"] = new JsonObject { ["color"] = color },
        ["label"] = new JsonObject { ["show"] = label, ["position"] = "top" },
    };
}
