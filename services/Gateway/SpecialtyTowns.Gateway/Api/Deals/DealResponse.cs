namespace SpecialtyTowns.Gateway.Api.Deals;

/// <summary>A deal (签约): money in fen, dates YYYY-MM-DD; the milestones and termination are null until they happen.</summary>
public sealed record DealResponse
{
    public required string Id { get; init; }

    public required string LeadId { get; init; }

    public required string TownId { get; init; }

    public string? TownName { get; init; }

    public required string OrganisationId { get; init; }

    public string? OrganisationName { get; init; }

    public string? ProjectId { get; init; }

    public string? ProjectTitle { get; init; }

    public string? GapId { get; init; }

    public long AmountFen { get; init; }

    public required string SignedOn { get; init; }

    public required string ContractReference { get; init; }

    public IReadOnlyList<string> Parties { get; init; } = [];

    public required string PlannedStartOn { get; init; }

    public string? RegisteredCompany { get; init; }

    public string? RegisteredOn { get; init; }

    public string? ConstructionStartedOn { get; init; }

    public string? ProductionStartedOn { get; init; }

    public DateTimeOffset? TerminatedAt { get; init; }

    public long FundsArrivedFen { get; init; }

    public IReadOnlyList<FundsArrivalResponse> Funds { get; init; } = [];

    public int Version { get; init; }
}
