namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>The town's working fields of a lead an edit changes; null ones stay as they are.</summary>
public sealed record LeadWorkingFields(Guid? OwnerId, string? OwnerName, string? NextAction, DateOnly? NextActionDue, long? ExpectedAmountFen);
