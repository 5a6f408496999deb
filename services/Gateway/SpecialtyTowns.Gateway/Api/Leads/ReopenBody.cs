namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>Reopening a lost lead: the fields the stage it returns to requires (at least the next action and its due date).</summary>
public sealed record ReopenBody(
    int? ExpectedVersion = null,
    string? NextAction = null,
    string? NextActionDue = null,
    string? VisitOn = null,
    long? ExpectedAmountFen = null,
    string? Note = null);
