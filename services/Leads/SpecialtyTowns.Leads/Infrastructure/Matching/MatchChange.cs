namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>One row of the match_changes feed.</summary>
public sealed record MatchChange(long Seq, string Kind, Guid Id);
