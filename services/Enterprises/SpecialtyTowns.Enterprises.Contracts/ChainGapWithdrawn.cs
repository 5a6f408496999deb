using MassTransit;

namespace SpecialtyTowns.Enterprises.Contracts;

/// <summary>Whoever posted a gap withdrew it (final).</summary>
[MessageUrn("specialtytowns:enterprises:chain-gap-withdrawn:v1")]
[EntityName("specialtytowns.enterprises.chain-gap-withdrawn.v1")]
public sealed record ChainGapWithdrawn(Guid GapId, Guid TownId, Guid? EnterpriseId, string? Note, DateTimeOffset At);
