namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>
/// A stage move: the target stage and the fields it requires (GET /api/v1/leads/pipeline-rules lists
/// them per stage); money in fen, dates YYYY-MM-DD. <c>expectedVersion</c> is the lead version the client saw.
/// </summary>
public sealed record MoveStageBody(
    string? Stage,
    int? ExpectedVersion = null,
    string? NextAction = null,
    string? NextActionDue = null,
    string? VisitOn = null,
    long? ExpectedAmountFen = null,
    long? AmountFen = null,
    string? SignedOn = null,
    string? ContractReference = null,
    IReadOnlyList<string>? Parties = null,
    string? PlannedStartOn = null,
    string? RegisteredCompany = null,
    string? RegisteredOn = null,
    string? ConstructionStartedOn = null,
    string? ProductionStartedOn = null,
    string? LostReason = null,
    string? Note = null);
