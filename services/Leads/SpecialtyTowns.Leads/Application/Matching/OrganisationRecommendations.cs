namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>The best organisations for one offer (Offer), as served and stored as the impression ImpressionId.</summary>
public sealed record OrganisationRecommendations(
    MatchOffer Offer,
    IReadOnlyList<RecommendedOrganisation> Items,
    IReadOnlyList<ExistingLeadView> ExistingLeads,
    DateTimeOffset GeneratedAt,
    Guid ImpressionId);
