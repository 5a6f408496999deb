extern alias enterprises;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>The Enterprises service in process, seeding from the real data/enterprises.json as deployed.</summary>
public sealed class EnterprisesHost() : ServiceHost<enterprises::Program>("enterprises")
{
    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["Seed:EnterprisesPath"] = Path.Combine(RepoPaths.Root, "data", "enterprises.json");
        settings["Seed:RetryInterval"] = "00:00:01";
    }
}
