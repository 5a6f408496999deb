using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>The weights the service runs with (the "Matching" section of Leads' appsettings.json), and the one-direction baselines' own fit.</summary>
internal static class MatchingSettings
{
    public static string SidesPath { get; } = Path.Combine(RepoPaths.Root, "bench", "SpecialtyTowns.Bench.Matching", "one-direction-fitted.json");

    public static MatchingOptions Configured()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoPaths.Root, "services", "Leads", "SpecialtyTowns.Leads", "appsettings.json"))
            .Build();
        return configuration.GetSection(MatchingOptions.Section).Get<MatchingOptions>() ?? throw new InvalidOperationException("No Matching section in Leads' appsettings.json");
    }

    /// <summary>main's hand-set weights before the fit (3030350), kept as a one-direction baseline: the investor side's were the strongest one-direction ranker measured.</summary>
    public static string HandSetPath { get; } = Path.Combine(RepoPaths.Root, "bench", "SpecialtyTowns.Bench.Matching", "previous-hand-set.json");

    /// <summary>Each side's weights fitted alone on its own answers (written by --fit-sides), or null before any fit.</summary>
    public static MatchingOptions? Sides() => Load(SidesPath);

    public static MatchingOptions HandSet() => Load(HandSetPath) ?? throw new InvalidOperationException($"{HandSetPath} is missing");

    private static MatchingOptions? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<MatchingOptions>(File.ReadAllText(path)) : null;

    public static void SaveSides(MatchingOptions investor, MatchingOptions town) =>
        File.WriteAllText(SidesPath, JsonSerializer.Serialize(new MatchingOptions { InvestorWeights = investor.InvestorWeights, TownWeights = town.TownWeights }, new JsonSerializerOptions { WriteIndented = true }) + "\n");

    /// <summary>One direction only: both "sides" weigh as <paramref name="side"/> does, so the combined score is that side's score.</summary>
    public static MatchingOptions OneSided(MatchingOptions options, MatchSide side)
    {
        var weights = side == MatchSide.Investor ? options.InvestorWeights : options.TownWeights;
        return new MatchingOptions { InvestorWeights = weights, TownWeights = weights, Combination = "arithmetic", ReasonsPerSide = options.ReasonsPerSide };
    }
}
