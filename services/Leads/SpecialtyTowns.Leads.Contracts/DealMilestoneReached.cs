using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// A signed deal reached "registered", "construction-started" or "in-production" on the given date.
/// Towns moves the project to landed (落地) at in-production.
/// </summary>
[MessageUrn("specialtytowns:leads:deal-milestone-reached:v1")]
[EntityName("specialtytowns.leads.deal-milestone-reached.v1")]
public sealed record DealMilestoneReached(
    Guid DealId,
    Guid LeadId,
    Guid TownId,
    Guid? ProjectId,
    Guid? GapId,
    string Milestone,
    DateOnly On,
    DateTimeOffset At);
