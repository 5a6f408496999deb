namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>The best organisations for one offer (kind project, gap or town, and offerId).</summary>
public sealed record InvestorRecommendationListResponse(
    IReadOnlyList<InvestorRecommendationItem> Items,
    IReadOnlyList<ExistingLeadItem> ExistingLeads,
    DateTimeOffset GeneratedAt,
    string ImpressionId,
    string Kind,
    string OfferId);
