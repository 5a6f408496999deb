using System.Text.Json;

namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>The one serializer setting for outbox payloads, used both to write and to read them.</summary>
public static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
