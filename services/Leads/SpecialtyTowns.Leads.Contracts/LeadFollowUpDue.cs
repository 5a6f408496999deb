using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// A lead needs its owner: Kind "due-today" (its next action is due today), "overdue" (the due date
/// passed), or "stalled" (longer in its stage than the stage's limit). Raised once per lead, kind and
/// due date (or stage entry).
/// </summary>
[MessageUrn("specialtytowns:leads:lead-follow-up-due:v1")]
[EntityName("specialtytowns.leads.lead-follow-up-due.v1")]
public sealed record LeadFollowUpDue(
    Guid LeadId,
    Guid TownId,
    Guid? OwnerId,
    string Kind,
    string Stage,
    string? NextAction,
    DateOnly? NextActionDue,
    int DaysInStage,
    DateTimeOffset At);
