using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A town withdrew a project; it is no longer offered.</summary>
[MessageUrn("specialtytowns:towns:project-withdrawn:v1")]
[EntityName("specialtytowns.towns.project-withdrawn.v1")]
public sealed record ProjectWithdrawn(Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
