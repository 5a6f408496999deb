using MassTransit;

namespace SpecialtyTowns.Towns.Contracts;

/// <summary>A town published an investment project: investors can now find it.</summary>
[MessageUrn("specialtytowns:towns:project-published:v1")]
[EntityName("specialtytowns.towns.project-published.v1")]
public sealed record ProjectPublished(Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
