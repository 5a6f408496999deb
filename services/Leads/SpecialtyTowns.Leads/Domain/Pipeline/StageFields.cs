namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// What a stage move carries. Which of these a move needs is <see cref="StageRequirements"/>'s rule;
/// the rest are ignored for that move. Field names in errors are the snake_case of these names.
/// </summary>
public sealed record StageFields
{
    public string? NextAction { get; init; }

    public DateOnly? NextActionDue { get; init; }

    public DateOnly? VisitOn { get; init; }

    /// <summary>The amount expected to be invested, in fen.</summary>
    public long? ExpectedAmountFen { get; init; }

    /// <summary>The signed amount, in fen.</summary>
    public long? AmountFen { get; init; }

    public DateOnly? SignedOn { get; init; }

    public string? ContractReference { get; init; }

    /// <summary>The signing parties besides the investor organisation and the town (a park, a project company...).</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>When the contract says construction starts; signed projects past it without a start are overdue.</summary>
    public DateOnly? PlannedStartOn { get; init; }

    public string? RegisteredCompany { get; init; }

    public DateOnly? RegisteredOn { get; init; }

    public DateOnly? ConstructionStartedOn { get; init; }

    public DateOnly? ProductionStartedOn { get; init; }

    /// <summary>A key from the town's lost-reason list.</summary>
    public string? LostReason { get; init; }

    public string? Note { get; init; }
}
