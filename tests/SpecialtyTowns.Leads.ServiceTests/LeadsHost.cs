extern alias leads;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>The Leads service in process; towns reach its directory as published TownRegistered events.</summary>
public sealed class LeadsHost() : ServiceHost<leads::Program>("leads");
