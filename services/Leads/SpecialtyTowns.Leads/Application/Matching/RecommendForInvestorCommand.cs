using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>An organisation's best offers of a kind; Limit 0 for the default; OrganisationId for an admin only.</summary>
public sealed record RecommendForInvestorCommand(OfferKind Kind, int Limit, Guid? OrganisationId);
