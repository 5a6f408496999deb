using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpecialtyTowns.Expo.Application.Runs;

/// <summary>The JSON stored in schedule_runs.progress and .result (compact camelCase).</summary>
public static class RunJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<ProgressPoint> Progress(string json) =>
        JsonSerializer.Deserialize<List<ProgressPoint>>(json, Options) ?? [];

    public static ScheduleDraftData? Draft(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<ScheduleDraftData>(json, Options);
}
