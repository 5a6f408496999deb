using System.Text.Json;
using System.Text.Json.Serialization;
using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Scheduling.Serialization;

/// <summary>Reads instances and schedules and writes schedules in the shared JSON formats (camelCase, UTF-8).</summary>
public static class SchedulingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <exception cref="InstanceException">The text is not a JSON instance.</exception>
    public static async Task<Instance> ReadInstanceAsync(Stream stream, CancellationToken cancellationToken = default) =>
        await ReadAsync<Instance>(stream, "instance", cancellationToken).ConfigureAwait(false);

    /// <exception cref="InstanceException">The text is not a JSON schedule.</exception>
    public static async Task<Schedule> ReadScheduleAsync(Stream stream, CancellationToken cancellationToken = default) =>
        await ReadAsync<Schedule>(stream, "schedule", cancellationToken).ConfigureAwait(false);

    public static Instance ParseInstance(string json) => Parse<Instance>(json, "instance");

    public static Schedule ParseSchedule(string json) => Parse<Schedule>(json, "schedule");

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static async Task WriteAsync<T>(Stream stream, T value, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(stream, value, Options, cancellationToken).ConfigureAwait(false);

    private static async Task<T> ReadAsync<T>(Stream stream, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InstanceException($"the {what} is empty (null)");
        }
        catch (JsonException e)
        {
            throw Malformed(what, e);
        }
    }

    private static T Parse<T>(string json, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InstanceException($"the {what} is empty (null)");
        }
        catch (JsonException e)
        {
            throw Malformed(what, e);
        }
    }

    private static InstanceException Malformed(string what, JsonException e)
    {
        var where = e.Path is null ? "" : $" at {e.Path}";
        var line = e.LineNumber is null ? "" : $" (line {e.LineNumber + 1})";
        var detail = e.InnerException?.Message ?? e.Message.Split('.')[0];
        return new InstanceException($"malformed {what} JSON{where}{line}: {detail}", e);
    }
}
