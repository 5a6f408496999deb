namespace SpecialtyTowns.Leads.Application.Matching;

/// <summary>An organisation's list of one kind, as served (and stored as the impression ImpressionId).</summary>
public sealed record InvestorRecommendations(
    Guid OrganisationId,
    IReadOnlyList<RecommendedOffer> Items,
    IReadOnlyList<ExistingLeadView> ExistingLeads,
    DateTimeOffset GeneratedAt,
    Guid ImpressionId);
