using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Domain.Deals;

/// <summary>
/// A signed contract (签约): made when its lead moves to signed, then dated as the project registers,
/// starts construction and goes into production, with the funds that arrived (到资) in dated parts.
/// </summary>
public sealed class Deal
{
    private readonly List<FundsArrival> _funds = [];

    private Deal()
    {
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public Guid TownId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid? ProjectId { get; private set; }

    public Guid? GapId { get; private set; }

    public long AmountFen { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public string ContractReference { get; private set; } = string.Empty;

    public IReadOnlyList<string> Parties { get; private set; } = [];

    public DateOnly PlannedStartOn { get; private set; }

    public string? RegisteredCompany { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public DateOnly? ConstructionStartedOn { get; private set; }

    public DateOnly? ProductionStartedOn { get; private set; }

    /// <summary>Set when the lead is lost after signing (the contract fell through); the deal's record stays.</summary>
    public DateTimeOffset? TerminatedAt { get; private set; }

    public long FundsArrivedFen { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<FundsArrival> Funds => _funds;

    /// <summary>Signs the deal of a lead that has just moved to signed with the fields the move required.</summary>
    public static Deal Sign(Lead lead, StageFields fields, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        LeadId = lead.Id,
        TownId = lead.TownId,
        OrganisationId = lead.OrganisationId,
        ProjectId = lead.ProjectId,
        GapId = lead.GapId,
        AmountFen = fields.AmountFen ?? throw new InvalidOperationException("Signing needs the amount"),
        SignedOn = fields.SignedOn ?? throw new InvalidOperationException("Signing needs the date"),
        ContractReference = fields.ContractReference?.Trim() ?? throw new InvalidOperationException("Signing needs the contract reference"),
        Parties = [.. fields.Parties.Select(p => p.Trim()).Where(p => p.Length > 0)],
        PlannedStartOn = fields.PlannedStartOn ?? throw new InvalidOperationException("Signing needs the planned start"),
        CreatedAt = now,
        Version = 1,
    };

    /// <summary>Dates the landing milestones the lead's move carried (registered, construction, production).</summary>
    public void Record(LeadStage stage, StageFields fields)
    {
        switch (stage)
        {
            case LeadStage.Registered:
                RegisteredCompany = fields.RegisteredCompany?.Trim();
                RegisteredOn = fields.RegisteredOn;
                break;
            case LeadStage.ConstructionStarted:
                ConstructionStartedOn = fields.ConstructionStartedOn;
                break;
            case LeadStage.InProduction:
                ProductionStartedOn = fields.ProductionStartedOn;
                break;
            default:
                return;
        }

        Version++;
    }

    public void Terminate(DateTimeOffset now)
    {
        TerminatedAt = now;
        Version++;
    }

    public FundsArrival AddFunds(long amountFen, DateOnly arrivedOn, string? note, string actor, DateTimeOffset now)
    {
        FundsArrivalRules.Ensure(this, amountFen, arrivedOn, SharedKernel.PlausibleDates.TodayInChina(now));
        var arrival = FundsArrival.Record(Id, amountFen, arrivedOn, note, actor, now);
        _funds.Add(arrival);
        FundsArrivedFen += amountFen;
        Version++;
        return arrival;
    }
}
