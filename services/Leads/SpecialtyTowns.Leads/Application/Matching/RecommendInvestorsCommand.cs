using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>The best organisations for a project, a gap or a town; Limit 0 for the default.</summary>
public sealed record RecommendInvestorsCommand(OfferKind Kind, Guid OfferId, int Limit);
