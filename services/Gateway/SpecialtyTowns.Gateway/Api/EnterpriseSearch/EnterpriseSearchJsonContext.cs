using System.Text.Json;
using System.Text.Json.Serialization;
using SpecialtyTowns.Gateway.Caching;

namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>Source-generated JSON of what these routes cache, written as the API writes (<see cref="CacheJsonContext.Encoder"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EnterpriseSearchResponse))]
[JsonSerializable(typeof(MatchListResponse<GapFillerItem>))]
[JsonSerializable(typeof(MatchListResponse<GapMatchItem>))]
public sealed partial class EnterpriseSearchJsonContext : JsonSerializerContext
{
    public static EnterpriseSearchJsonContext Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = CacheJsonContext.Encoder });
}
