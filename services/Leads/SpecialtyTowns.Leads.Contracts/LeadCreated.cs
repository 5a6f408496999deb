namespace SpecialtyTowns.Leads.Contracts;

/// <summary>An investor registered interest in a town.</summary>
public sealed record LeadCreated(Guid LeadId, Guid InvestorId, Guid TownId, string Stage, DateTimeOffset CreatedAt);
