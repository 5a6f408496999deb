using SpecialtyTowns.Gateway.Api.ChainGaps;
using SpecialtyTowns.Gateway.Api.Enterprises;
using SpecialtyTowns.Gateway.Api.Projects;

namespace SpecialtyTowns.Gateway.Api.Chains;

/// <summary>
/// A town's chain map in one answer: its nodes (by position, then order), its enterprises (leading first,
/// without contacts; nodes name theirs by id), its open and in-talks gaps and its public projects.
/// <c>updatedAt</c> is the latest node change, null while the town has no chain.
/// </summary>
public sealed record TownChainResponse(
    string TownId,
    IReadOnlyList<ChainNodeResponse> Nodes,
    IReadOnlyList<EnterpriseResponse> Enterprises,
    int EnterpriseCount,
    IReadOnlyList<ChainGapResponse> OpenGaps,
    IReadOnlyList<ProjectResponse> Projects,
    DateTimeOffset? UpdatedAt);
