using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// A lead was signed (签约). Towns moves the project (if any) to signed; Enterprises fills the gap (if any).
/// </summary>
[MessageUrn("specialtytowns:leads:deal-signed:v1")]
[EntityName("specialtytowns.leads.deal-signed.v1")]
public sealed record DealSigned(
    Guid DealId,
    Guid LeadId,
    Guid TownId,
    Guid OrganisationId,
    string OrganisationName,
    Guid? ProjectId,
    Guid? GapId,
    long AmountFen,
    DateOnly SignedOn,
    string ContractReference,
    DateOnly PlannedStartOn,
    DateTimeOffset At);
