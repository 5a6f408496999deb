extern alias enterprises;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>An Enterprises service of its own (own database and virtual host) that seeds chains from data/chains.json.</summary>
public sealed class ChainSeedHost() : ServiceHost<enterprises::Program>("enterprises_seed")
{
    protected override void Configure(IDictionary<string, string> settings) =>
        settings["Seed:ChainsPath"] = Path.Combine(RepoPaths.Root, "data", "chains.json");
}
