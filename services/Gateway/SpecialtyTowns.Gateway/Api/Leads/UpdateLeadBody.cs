namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>The town's working fields of a lead; those left out stay as they are.</summary>
public sealed record UpdateLeadBody(
    int? ExpectedVersion = null,
    Guid? OwnerId = null,
    string? OwnerName = null,
    string? NextAction = null,
    string? NextActionDue = null,
    long? ExpectedAmountFen = null);
