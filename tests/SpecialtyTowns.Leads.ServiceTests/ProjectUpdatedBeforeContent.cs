using MassTransit;

namespace SpecialtyTowns.Leads.ServiceTests;

/// <summary>ProjectUpdated as Towns published it before the content fields: same name on the wire, fewer fields.</summary>
[MessageUrn("specialtytowns:towns:project-updated:v1")]
[EntityName("specialtytowns.towns.project-updated.v1")]
public sealed record ProjectUpdatedBeforeContent(Guid ProjectId, Guid TownId, string Title, string Status, string IndustryCode, long AmountMinFen, long AmountMaxFen, DateTimeOffset At);
