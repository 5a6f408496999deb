namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>What a new lead starts with, resolved by the use case (organisation matched, project and gap checked against the town).</summary>
public sealed record LeadDraft(
    Guid OrganisationId,
    Guid TownId,
    Guid? ProjectId,
    Guid? GapId,
    LeadSource Source,
    Guid? InvestorUserId,
    Guid? OwnerId,
    string? OwnerName,
    string Message,
    long? ExpectedAmountFen,
    string? NextAction,
    DateOnly? NextActionDue);
