using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>A gap's content changed, or it moved between open and in talks; carries it as it now is.</summary>
[MessageUrn("specialtytowns:enterprises:chain-gap-updated:v1")]
[EntityName("specialtytowns.enterprises.chain-gap-updated.v1")]
public sealed record ChainGapUpdated(
    Guid GapId,
    Guid TownId,
    Guid? EnterpriseId,
    Guid? ChainNodeId,
    string Title,
    string? TitleEn,
    string Kind,
    string? IndustryCode,
    string Status,
    int Version,
    DateTimeOffset At);
