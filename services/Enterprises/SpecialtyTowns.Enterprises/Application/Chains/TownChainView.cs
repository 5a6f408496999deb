using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>A town's chain map: nodes in chain order with their sought-gap counts, its enterprises, its open gaps.</summary>
public sealed record TownChainView(
    Guid TownId,
    TownEntry? Town,
    IReadOnlyList<ChainNode> Nodes,
    IReadOnlyDictionary<Guid, int> OpenGapCounts,
    IReadOnlyList<Enterprise> Enterprises,
    IReadOnlyList<ChainGapView> OpenGaps,
    DateTimeOffset? UpdatedAt);
