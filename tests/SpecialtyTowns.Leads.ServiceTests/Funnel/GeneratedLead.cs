namespace SpecialtyTowns.Leads.ServiceTests.Funnel;

/// <summary>A synthetic lead: its path through the stages (enum names as stored), the amounts, and its deal if it signed.</summary>
public sealed record GeneratedLead(
    Guid Id,
    Guid TownId,
    IReadOnlyList<(string Stage, DateTimeOffset At)> Path,
    long? ExpectedAmountFen,
    string? LostReason,
    string? LostFrom,
    GeneratedDeal? Deal)
{
    public string Stage => Path[^1].Stage;
}
