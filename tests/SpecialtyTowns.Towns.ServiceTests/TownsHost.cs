extern alias towns;

using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Towns.ServiceTests;

/// <summary>The Towns service in process, with its search index in memory and no seed towns.</summary>
public sealed class TownsHost() : ServiceHost<towns::Program>("towns")
{
    protected override void Configure(IDictionary<string, string> settings) => settings["Search:InMemory"] = "true";
}
