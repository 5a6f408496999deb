using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>A lead a pair already has (the newest one that is not lost).</summary>
public sealed record PairLead(Guid LeadId, LeadStage Stage);
