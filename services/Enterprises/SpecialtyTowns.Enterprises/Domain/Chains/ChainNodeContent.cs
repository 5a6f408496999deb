namespace SpecialtyTowns.Enterprises.Domain.Chains;

/// <summary>What a town says about one node of its chain: the unit of adding and editing a node.</summary>
public sealed record ChainNodeContent(
    string Chain,
    string? ChainEn,
    ChainPosition Position,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Products,
    ChainNodeStatus Status,
    IReadOnlyList<Guid> EnterpriseIds,
    string? Evidence,
    int SortOrder);
