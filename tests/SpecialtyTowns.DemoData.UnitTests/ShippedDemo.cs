using System.Text.Json;
using System.Text.Json.Nodes;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.DemoData.UnitTests;

/// <summary>The demo file and the seed towns as the repository ships them, to read or to spoil one field of.</summary>
public static class ShippedDemo
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Root, "data", "demo", "demo.json");

    public static JsonObject Json() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject();

    public static JsonObject FirstProject(JsonObject demo) => demo["projects"]![0]!.AsObject();

    public static IReadOnlyList<string> SeedTowns()
    {
        using var seed = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "data", "shanxi-specialty-towns.json")));
        return seed.RootElement.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
    }
}
