using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>A gap was filled (final), by a known enterprise when FilledByEnterpriseId is set.</summary>
[MessageUrn("specialtytowns:enterprises:chain-gap-filled:v1")]
[EntityName("specialtytowns.enterprises.chain-gap-filled.v1")]
public sealed record ChainGapFilled(Guid GapId, Guid TownId, Guid? EnterpriseId, Guid? FilledByEnterpriseId, string? Note, DateTimeOffset At);
