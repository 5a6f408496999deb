using SpecialtyTowns.Leads.Domain.Directory;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>A synthetic project: its row and what its town really asks of a partner.</summary>
internal sealed record HiddenProject(
    ProjectEntry Row,
    string City,
    string Industry,
    long AmountMinFen,
    long AmountMaxFen,
    IReadOnlyList<string> Modes,
    decimal? Land,
    bool English,
    HashSet<string> Words);
