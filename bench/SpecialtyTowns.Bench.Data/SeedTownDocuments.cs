using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Bench.Data;

/// <summary>
/// Maps the real towns of <c>data/shanxi-specialty-towns.json</c> (not synthetic) to Towns search documents, for
/// tests and benchmarks. The service itself indexes towns from its database instead.
/// </summary>
public static class SeedTownDocuments
{
    /// <summary>The seed file gives no dates; the towns count as published when the first expo opened.</summary>
    public static readonly DateTimeOffset PublishedAt = new(2023, 6, 28, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// The industry ("法兰 flanges") goes to the Chinese and the English body and to the
    /// keywords; the facts, mostly English with Chinese quotes, follow it in both bodies.
    /// </summary>
    public static IReadOnlyList<SearchDocument> FromJson(string json)
    {
        using var seed = JsonDocument.Parse(json);
        var documents = new List<SearchDocument>();
        foreach (var town in seed.RootElement.GetProperty("towns").EnumerateArray())
        {
            var name = town.GetProperty("name").GetString()!;
            var industry = town.GetProperty("industry").GetString()!;
            var facts = town.TryGetProperty("facts", out var list)
                ? list.EnumerateArray().Select(f => f.GetString()!).ToList()
                : [];
            var body = string.Join('\n', facts.Prepend(industry));
            var id = IdFor(name);
            documents.Add(new SearchDocument
            {
                Id = id,
                Kind = SearchKinds.Town,
                Title = name,
                Text = body,
                TextEn = body,
                Keywords = [industry],
                TownId = id,
                TownName = name,
                City = OptionalString(town, "city"),
                County = OptionalString(town, "county"),
                Level = OptionalString(town, "level"),
                Category = town.GetProperty("category").GetString()!,
                PublishedAt = PublishedAt,
            });
        }

        return documents;
    }

    /// <summary>A stable id from the town's name, so every load of the seed gives the same ids.</summary>
    public static Guid IdFor(string townName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("specialtytowns:town:" + townName));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
