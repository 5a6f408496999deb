using System.Text.Json;
using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

/// <summary>The real seed file, read once, both raw (for expectations) and as search documents.</summary>
public static class SeedData
{
    public const string DingxiangFlange = "定襄法兰专业镇";
    public const string QixianGlassware = "祁县玻璃器皿专业镇";
    public const string XiaoyiHydrogen = "孝义氢能专业镇";
    public const string QingxuVinegar = "清徐老陈醋专业镇";
    public const string HuairenCeramics = "怀仁日用陶瓷专业镇";
    public const string YangchengCeramics = "阳城陶瓷琉璃(珐华)专业镇";

    private static readonly Lazy<string> LazyJson = new(ReadSeedFile);
    private static readonly Lazy<IReadOnlyList<SearchDocument>> LazyTowns = new(() => SeedTownDocuments.FromJson(Json));

    public static string Json => LazyJson.Value;

    public static IReadOnlyList<SearchDocument> Towns => LazyTowns.Value;

    /// <summary>The "towns" array as the file has it, for expectations that must not trust the mapper.</summary>
    public static List<JsonElement> RawTowns()
    {
        using var document = JsonDocument.Parse(Json);
        return document.RootElement.GetProperty("towns").EnumerateArray().Select(t => t.Clone()).ToList();
    }

    public static string? RawString(JsonElement town, string property) =>
        town.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static SearchDocument Town(string name) => Towns.Single(t => t.Title == name);

    private static string ReadSeedFile()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpecialtyTowns.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No SpecialtyTowns.sln above {AppContext.BaseDirectory}");
        }

        return File.ReadAllText(Path.Combine(directory.FullName, "data", "shanxi-specialty-towns.json"));
    }
}
