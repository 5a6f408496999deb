using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>The rows an index holds, each document row with its term counts.</summary>
internal sealed record MatchIndexRows(
    IReadOnlyDictionary<Guid, (InvestorOrganisation Row, Dictionary<string, int> Terms)> Organisations,
    IReadOnlyDictionary<Guid, (ProjectEntry Row, Dictionary<string, int> Terms)> Projects,
    IReadOnlyDictionary<Guid, (GapEntry Row, Dictionary<string, int> Terms)> Gaps,
    IReadOnlyDictionary<Guid, TownDirectoryEntry> Towns,
    IReadOnlyDictionary<Guid, ChainNodeEntry> Nodes);
