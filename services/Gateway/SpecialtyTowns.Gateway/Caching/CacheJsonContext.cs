using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using SpecialtyTowns.Gateway.Api.Chains;
using SpecialtyTowns.Gateway.Api.Enterprises;
using SpecialtyTowns.Gateway.Api.Events;
using SpecialtyTowns.Gateway.Api.Towns;

namespace SpecialtyTowns.Gateway.Caching;

/// <summary>Source-generated JSON for what the cache stores; <see cref="Api"/> writes it as the API does.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TownResponse))]
[JsonSerializable(typeof(EnterpriseResponse))]
[JsonSerializable(typeof(TownChainResponse))]
[JsonSerializable(typeof(EventResponse))]
[JsonSerializable(typeof(SpecialtyTowns.Gateway.Api.Search.SearchResponse))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
public sealed partial class CacheJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The API's JSON: web defaults, with Chinese (all of Unicode) written as is instead of as \u escapes, which made
    /// Chinese text twice as long; the characters HTML gives a meaning to (&lt; &gt; &amp; ' ") stay escaped.
    /// </summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static CacheJsonContext Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = Encoder });
}
