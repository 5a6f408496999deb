namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>A profile field (proto name) still empty and the points it would add to the completeness.</summary>
public sealed record CompletenessItem(string Field, int Points);
