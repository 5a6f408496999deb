namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>
/// A lead: an investor's interest in a town (its organisation is its own), or one a town entered,
/// naming the organisation by id or by name (and credit code) to match or enter. Money in fen; dates YYYY-MM-DD.
/// </summary>
public sealed record CreateLeadBody(
    Guid? TownId,
    string? Message,
    Guid? ProjectId = null,
    Guid? GapId = null,
    string? Source = null,
    Guid? OrganisationId = null,
    string? OrganisationName = null,
    string? OrganisationCreditCode = null,
    string? OrganisationType = null,
    Guid? OwnerId = null,
    string? OwnerName = null,
    string? NextAction = null,
    string? NextActionDue = null,
    long? ExpectedAmountFen = null);
