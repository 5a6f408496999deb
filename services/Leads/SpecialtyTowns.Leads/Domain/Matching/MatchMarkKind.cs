namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>A standing mark one side put on a pair: it saved it, or is not interested (a hard exclusion).</summary>
public enum MatchMarkKind
{
    Saved,
    NotInterested,
}
