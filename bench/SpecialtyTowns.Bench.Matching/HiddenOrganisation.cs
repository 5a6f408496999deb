using SpecialtyTowns.Leads.Domain.Investors;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>What a synthetic organisation really wants (the labels' source) and the row it shows.</summary>
internal sealed record HiddenOrganisation(
    IReadOnlyList<string> Industries,
    long TicketMinFen,
    long TicketMaxFen,
    string? City,
    IReadOnlyList<string> Modes,
    decimal? LandNeeded,
    bool Chinese,
    IReadOnlyList<string> Keywords)
{
    public InvestorOrganisation Row { get; set; } = null!;
}
