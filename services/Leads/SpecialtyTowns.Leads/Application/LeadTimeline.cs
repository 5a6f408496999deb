using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application;

/// <summary>A lead's stage changes and activities, oldest first, as the caller may see them.</summary>
public sealed record LeadTimeline(Guid LeadId, IReadOnlyList<LeadStageChange> Changes, IReadOnlyList<LeadActivity> Activities, bool Internal);
