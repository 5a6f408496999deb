using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>A town (for its chain) or an enterprise (for itself) posted a supply-chain gap (补链).</summary>
[MessageUrn("specialtytowns:enterprises:chain-gap-posted:v1")]
[EntityName("specialtytowns.enterprises.chain-gap-posted.v1")]
public sealed record ChainGapPosted(
    Guid GapId,
    Guid TownId,
    Guid? EnterpriseId,
    Guid? ChainNodeId,
    string Title,
    string? TitleEn,
    string Kind,
    string? IndustryCode,
    string Status,
    DateTimeOffset At);
