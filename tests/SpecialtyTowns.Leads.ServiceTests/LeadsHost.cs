extern alias leads;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>The Leads service in process; towns reach its directory as published TownRegistered events.</summary>
public sealed class LeadsHost() : ServiceHost<leads::Program>("leads")
{
    // The follow-up scan runs every second, so a test sees its alert without waiting minutes.
    protected override void Configure(IDictionary<string, string> settings) => settings["FollowUps:Interval"] = "00:00:01";
}
