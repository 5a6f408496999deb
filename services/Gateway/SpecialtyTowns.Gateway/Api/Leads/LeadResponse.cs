namespace SpecialtyTowns.Gateway.Api.Leads;

/// <summary>
/// A lead as the caller may see it: the town's working fields (owner, next action, expected amount,
/// lost reason, stalled/overdue) are empty for the investor. Money in fen; dates YYYY-MM-DD ("" when none).
/// </summary>
public sealed record LeadResponse(
    string Id,
    string InvestorId,
    string TownId,
    string Message,
    string Stage,
    DateTimeOffset CreatedAt)
{
    public string TownName { get; init; } = string.Empty;

    public string OrganisationId { get; init; } = string.Empty;

    public string OrganisationName { get; init; } = string.Empty;

    public string ProjectId { get; init; } = string.Empty;

    public string ProjectTitle { get; init; } = string.Empty;

    public string GapId { get; init; } = string.Empty;

    public string GapTitle { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    public string OwnerId { get; init; } = string.Empty;

    public string OwnerName { get; init; } = string.Empty;

    public DateTimeOffset StageEnteredAt { get; init; }

    public string LostFrom { get; init; } = string.Empty;

    public string LostReason { get; init; } = string.Empty;

    public long ExpectedAmountFen { get; init; }

    public string NextAction { get; init; } = string.Empty;

    public string NextActionDue { get; init; } = string.Empty;

    public string VisitOn { get; init; } = string.Empty;

    public int Version { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<string> NextStages { get; init; } = [];

    public string DealId { get; init; } = string.Empty;

    public int DaysInStage { get; init; }

    public bool Stalled { get; init; }

    public bool Overdue { get; init; }
}
