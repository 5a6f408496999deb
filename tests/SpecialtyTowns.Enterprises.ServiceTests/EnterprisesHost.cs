extern alias enterprises;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests;

/// <summary>The Enterprises service in process.</summary>
public sealed class EnterprisesHost() : ServiceHost<enterprises::Program>("enterprises");
