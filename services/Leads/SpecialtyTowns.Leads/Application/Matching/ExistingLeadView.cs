using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>
/// A candidate the viewer already has a lead with (the offer for an investor, the organisation for a
/// town), shown apart. LeadId and Stage are null for a viewer who may not see the lead (an enterprise).
/// </summary>
public sealed record ExistingLeadView(Guid Id, string Kind, string Title, Guid? LeadId, LeadStage? Stage);
