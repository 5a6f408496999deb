using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Web.ExpoRuns;

/// <summary>
/// The ECharts option of a run's live chart: best weight so far and the proven bound over the run's seconds
/// (step lines: each holds until the solver improves it). Drawn by wwwroot/js/charts.js; wwwroot/js/schedule-run.js
/// replaces it with each poll while the run goes on.
/// </summary>
public static class ScheduleRunChart
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Option(IReadOnlyList<ScheduleProgressPoint> points, string weightName, string boundName, string secondsName) =>
        new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["legend"] = new JsonObject { ["data"] = new JsonArray(weightName, boundName) },
            ["grid"] = new JsonObject { ["left"] = 56, ["right"] = 24, ["top"] = 40, ["bottom"] = 40 },
            ["xAxis"] = new JsonObject { ["type"] = "value", ["name"] = secondsName, ["min"] = 0 },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["scale"] = true, ["minInterval"] = 1 },
            ["series"] = new JsonArray(
                Line(weightName, points.Select(p => (p.ElapsedMs, p.BestWeight)), "#0958d9"),
                Line(boundName, points.Select(p => (p.ElapsedMs, p.Bound)), "#d46b08")),
        }.ToJsonString(Json);

    private static JsonObject Line(string name, IEnumerable<(long Ms, long Value)> values, string color) => new()
    {
        ["type"] = "line",
        ["name"] = name,
        ["step"] = "end",
        ["showSymbol"] = false,
        ["itemStyle"] = new JsonObject { ["color"] = color },
        ["data"] = new JsonArray([.. values.Select(v => (JsonNode?)new JsonArray(Math.Round(v.Ms / 1000.0, 1), v.Value))]),
    };
}
