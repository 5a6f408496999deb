using MassTransit;

namespace SpecialtyTowns.Leads.Contracts;

/// <summary>
/// A lead was registered: by an investor (InvestorId set) or entered by its town (InvestorId empty), or
/// made from a held expo meeting (Source "expo-meeting" with ExpoEventId and MeetingId).
/// </summary>
[MessageUrn("specialtytowns:leads:lead-created:v1")]
[EntityName("specialtytowns.leads.lead-created.v1")]
public sealed record LeadCreated(
    Guid LeadId,
    Guid InvestorId,
    Guid TownId,
    string Stage,
    DateTimeOffset CreatedAt,
    Guid OrganisationId = default,
    Guid? ProjectId = null,
    Guid? GapId = null,
    string Source = "inbound",
    Guid? OwnerId = null,
    Guid? ExpoEventId = null,
    Guid? MeetingId = null);
