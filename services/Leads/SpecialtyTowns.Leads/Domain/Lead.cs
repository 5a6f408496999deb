namespace SpecialtyTowns.Leads.Domain;

/// <summary>An investor's interest in a town, the start of a deal pipeline.</summary>
public sealed class Lead
{
    private Lead()
    {
    }

    public Guid Id { get; private set; }

    public Guid InvestorId { get; private set; }

    public Guid TownId { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public string Stage { get; private set; } = LeadStages.New;

    public DateTimeOffset CreatedAt { get; private set; }

    public static Lead Create(Guid investorId, Guid townId, string message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        InvestorId = investorId,
        TownId = townId,
        Message = message.Trim(),
        Stage = LeadStages.New,
        CreatedAt = now,
    };

    /// <summary>The investor who made it, the town it is for, and admins see a lead; nobody else.</summary>
    public bool IsVisibleTo(SharedKernel.Caller caller) => LeadScope.For(caller).Includes(this);
}
