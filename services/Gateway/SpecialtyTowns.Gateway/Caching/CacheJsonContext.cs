using System.Text.Json;
using System.Text.Json.Serialization;
using SpecialtyTowns.Gateway.Api.Enterprises;
using SpecialtyTowns.Gateway.Api.Events;
using SpecialtyTowns.Gateway.Api.Towns;

namespace SpecialtyTowns.Gateway.Caching;

/// <summary>Source-generated JSON for what the cache stores.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TownResponse))]
[JsonSerializable(typeof(EnterpriseResponse))]
[JsonSerializable(typeof(EventResponse))]
[JsonSerializable(typeof(SpecialtyTowns.Gateway.Api.Search.SearchResponse))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
public sealed partial class CacheJsonContext : JsonSerializerContext;
