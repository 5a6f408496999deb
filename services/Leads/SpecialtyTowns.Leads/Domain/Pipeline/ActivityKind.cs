namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>Timeline entries: wire names call, visit, meeting, note.</summary>
public enum ActivityKind
{
    Note = 0,
    Call = 1,
    Visit = 2,
    Meeting = 3,
}
