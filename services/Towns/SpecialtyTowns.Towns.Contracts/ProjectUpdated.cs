using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A project's content changed (whatever its status).</summary>
[MessageUrn("specialtytowns:towns:project-updated:v1")]
[EntityName("specialtytowns.towns.project-updated.v1")]
public sealed record ProjectUpdated(Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
