using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// A lead moved (or was lost, or reopened), once per move. Amount is the expected (before signing) or
/// signed amount in fen; LostReason is the town's reason key when To is "lost". Source is the lead's
/// source; ExpoEventId and MeetingId are set when a held expo meeting made the move.
/// </summary>
[MessageUrn("specialtytowns:leads:lead-stage-changed:v1")]
[EntityName("specialtytowns.leads.lead-stage-changed.v1")]
public sealed record LeadStageChanged(
    Guid LeadId,
    Guid TownId,
    Guid OrganisationId,
    Guid? ProjectId,
    Guid? GapId,
    string From,
    string To,
    long? AmountFen,
    string? LostReason,
    string Actor,
    int Version,
    DateTimeOffset At,
    string? Source = null,
    Guid? ExpoEventId = null,
    Guid? MeetingId = null);
