namespace SpecialtyTowns.Gateway.Api.Chains;

/// <summary>A node of a town's chain; <c>openGapCount</c> counts the open and in-talks gaps at it.</summary>
public sealed record ChainNodeResponse(
    string Id,
    string TownId,
    string Chain,
    string? ChainEn,
    string Position,
    string Name,
    string? NameEn,
    IReadOnlyList<string> Products,
    string Status,
    IReadOnlyList<string> EnterpriseIds,
    string? Evidence,
    int SortOrder,
    int OpenGapCount,
    DateTimeOffset? UpdatedAt,
    int Version);
