using Microsoft.Extensions.Configuration;
using SpecialtyTowns.Bench.Search.Hosting;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>The weights the service runs with: the "Matching" section of Leads' appsettings.json.</summary>
internal static class MatchingSettings
{
    public static MatchingOptions Configured()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoPaths.Root, "services", "Leads", "SpecialtyTowns.Leads", "appsettings.json"))
            .Build();
        return configuration.GetSection(MatchingOptions.Section).Get<MatchingOptions>() ?? throw new InvalidOperationException("No Matching section in Leads' appsettings.json");
    }

    /// <summary>One direction only: both "sides" weigh as <paramref name="side"/> does, so the combined score is that side's score.</summary>
    public static MatchingOptions OneSided(MatchingOptions options, MatchSide side)
    {
        var weights = side == MatchSide.Investor ? options.InvestorWeights : options.TownWeights;
        return new MatchingOptions { InvestorWeights = weights, TownWeights = weights, Combination = "arithmetic", ReasonsPerSide = options.ReasonsPerSide };
    }
}
