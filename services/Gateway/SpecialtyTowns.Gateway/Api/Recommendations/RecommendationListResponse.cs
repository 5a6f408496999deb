namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>An organisation's list; impressionId names the stored impression (feedback may quote it).</summary>
public sealed record RecommendationListResponse(
    IReadOnlyList<RecommendationItem> Items,
    IReadOnlyList<ExistingLeadItem> ExistingLeads,
    DateTimeOffset GeneratedAt,
    string ImpressionId,
    string OrganisationId);
