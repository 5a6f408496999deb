using SpecialtyTowns.Enterprises.Domain.Chains;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>A chain node as the seed file states it; its enterprises by name, resolved in the town.</summary>
public sealed record ChainSeedNode(
    string Key,
    string Chain,
    string? ChainEn,
    string Position,
    int SortOrder,
    string Name,
    string? NameEn,
    IReadOnlyList<string>? Products,
    string Status,
    IReadOnlyList<string>? Enterprises,
    SeedEvidence Evidence)
{
    public ChainNodeContent ToContent(IReadOnlyList<Guid> enterpriseIds) => new(
        Chain,
        ChainEn,
        ChainKeys.ParsePosition(Position) ?? throw new InvalidOperationException($"Seed node {Key}: unknown position '{Position}'"),
        Name,
        NameEn,
        Products ?? [],
        ChainKeys.ParseStatus(Status) ?? throw new InvalidOperationException($"Seed node {Key}: unknown status '{Status}'"),
        enterpriseIds,
        Evidence.ToText(),
        SortOrder);
}
