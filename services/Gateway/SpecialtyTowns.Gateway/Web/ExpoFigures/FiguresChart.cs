using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Gateway.Web.ExpoFigures;

/// <summary>
/// The figures as the pages show them: the keys (the REST and hub names of each figure) in the
/// order of the tiles and bars, their values, and the ECharts options. wwwroot/js/expo-figures.js
/// puts each pushed figure into the tile and bar of the same key.
/// </summary>
public static class FiguresChart
{
    /// <summary>The figures the dashboard's bar chart shows, in order.</summary>
    public static readonly string[] ChartKeys = ["checkedIn", "meetingsRunning", "held", "noShows", "refilled", "requestsPendingTooLong", "leadsCreated", "dealsSigned"];

    /// <summary>Every tile, in order.</summary>
    public static readonly string[] TileKeys = ["checkedIn", "approvedParticipants", "meetingsRunning", "meetingsPlaced", "held", "noShows", "provisionalNoShows", "refilled", "requestsPendingTooLong", "leadsCreated", "dealsSigned", "committedYuan"];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static decimal Value(FigureCounts counts, string key) => key switch
    {
        "checkedIn" => counts.CheckedIn,
        "approvedParticipants" => counts.ApprovedParticipants,
        "meetingsRunning" => counts.MeetingsRunning,
        "meetingsPlaced" => counts.MeetingsPlaced,
        "held" => counts.Held,
        "noShows" => counts.NoShows,
        "provisionalNoShows" => counts.ProvisionalNoShows,
        "refilled" => counts.Refilled,
        "requestsPendingTooLong" => counts.RequestsPendingTooLong,
        "leadsCreated" => counts.LeadsCreated,
        "dealsSigned" => counts.DealsSigned,
        "committedYuan" => counts.CommittedFen / 100m,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "no such figure"),
    };

    public static string Text(FigureCounts counts, string key) =>
        key == "committedYuan" ? Value(counts, key).ToString("N2", CultureInfo.InvariantCulture) : Value(counts, key).ToString(CultureInfo.InvariantCulture);

    /// <summary>One bar per figure of <see cref="ChartKeys"/>, labelled in the page's language.</summary>
    public static string Bars(FigureCounts counts, Func<string, string> label) =>
        new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["grid"] = new JsonObject { ["left"] = 48, ["right"] = 24, ["top"] = 24, ["bottom"] = 72 },
            ["xAxis"] = new JsonObject
            {
                ["type"] = "category",
                ["data"] = new JsonArray([.. ChartKeys.Select(k => (JsonNode?)label(k))]),
                ["axisLabel"] = new JsonObject { ["interval"] = 0, ["rotate"] = 30 },
            },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["minInterval"] = 1 },
            ["series"] = new JsonArray(new JsonObject
            {
                ["type"] = "bar",
                ["itemStyle"] = new JsonObject { ["color"] = "#0958d9" },
                ["label"] = new JsonObject { ["show"] = true, ["position"] = "top" },
                ["data"] = new JsonArray([.. ChartKeys.Select(k => (JsonNode?)Value(counts, k))]),
            }),
        }.ToJsonString(Json);

    /// <summary>The province view's chart: checked in, held and leads created per event.</summary>
    public static string PerEvent(IReadOnlyList<EventFigures> events, Func<string, string> label) =>
        new JsonObject
        {
            ["animation"] = false,
            ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
            ["legend"] = new JsonObject(),
            ["grid"] = new JsonObject { ["left"] = 48, ["right"] = 24, ["top"] = 40, ["bottom"] = 72 },
            ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. events.Select(e => (JsonNode?)e.Name)]) },
            ["yAxis"] = new JsonObject { ["type"] = "value", ["minInterval"] = 1 },
            ["series"] = new JsonArray([.. new[] { "checkedIn", "held", "leadsCreated" }.Select(key => (JsonNode?)new JsonObject
            {
                ["type"] = "bar",
                ["name"] = label(key),
                ["data"] = new JsonArray([.. events.Select(e => (JsonNode?)Value(e.Counts, key))]),
            })]),
        }.ToJsonString(Json);
}
