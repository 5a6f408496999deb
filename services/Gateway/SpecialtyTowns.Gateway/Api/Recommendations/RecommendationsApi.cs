using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Recommendations;

/// <summary>
/// /api/v1/recommendations: an investor's best projects, towns and gaps (an admin names the
/// organisationId); a town's (or a gap's enterprise's) best investor organisations for one of its
/// offers, public profile fields only; and feedback from either side. 409 "investor-organisation-required"
/// before the investor saved its organisation; 403 for someone else's offer; 404 for an unknown one.
/// </summary>
public static class RecommendationsApi
{
    public static RouteGroupBuilder MapRecommendationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/recommendations").WithTags("Recommendations");
        group.MapGet("/projects", (MatchingService.MatchingServiceClient matching, CancellationToken ct, int? limit = null, Guid? organisationId = null) =>
            ForInvestorAsync(matching, "project", limit, organisationId, ct)).WithName("RecommendProjects").ForInvestor();
        group.MapGet("/towns", (MatchingService.MatchingServiceClient matching, CancellationToken ct, int? limit = null, Guid? organisationId = null) =>
            ForInvestorAsync(matching, "town", limit, organisationId, ct)).WithName("RecommendTowns").ForInvestor();
        group.MapGet("/gaps", (MatchingService.MatchingServiceClient matching, CancellationToken ct, int? limit = null, Guid? organisationId = null) =>
            ForInvestorAsync(matching, "gap", limit, organisationId, ct)).WithName("RecommendGaps").ForInvestor();
        group.MapGet("/investors", InvestorsAsync).WithName("RecommendInvestors").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin))
            .Produces<InvestorRecommendationListResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/feedback", FeedbackAsync).WithName("GiveRecommendationFeedback")
            .RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Enterprise, Roles.Admin))
            .Accepts<FeedbackBody>("application/json")
            .Produces<FeedbackResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static RouteHandlerBuilder ForInvestor(this RouteHandlerBuilder route) =>
        route.RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Admin))
            .Produces<RecommendationListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<RecommendationListResponse> ForInvestorAsync(
        MatchingService.MatchingServiceClient matching, string kind, int? limit, Guid? organisationId, CancellationToken cancellationToken)
    {
        var request = new RecommendForInvestorRequest { Kind = kind, Limit = limit ?? 0, OrganisationId = organisationId?.ToString() ?? string.Empty };
        return RecommendationMapping.ToResponse(await matching.RecommendForInvestorAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<InvestorRecommendationListResponse> InvestorsAsync(
        MatchingService.MatchingServiceClient matching,
        CancellationToken cancellationToken,
        Guid? projectId = null,
        Guid? gapId = null,
        Guid? townId = null,
        int? limit = null)
    {
        var request = new RecommendInvestorsRequest
        {
            ProjectId = projectId?.ToString() ?? string.Empty,
            GapId = gapId?.ToString() ?? string.Empty,
            TownId = townId?.ToString() ?? string.Empty,
            Limit = limit ?? 0,
        };
        return RecommendationMapping.ToResponse(await matching.RecommendInvestorsAsync(request, cancellationToken: cancellationToken));
    }

    private static async Task<FeedbackResponse> FeedbackAsync(FeedbackBody body, HttpRequest http, MatchingService.MatchingServiceClient matching, CancellationToken cancellationToken) =>
        RecommendationMapping.ToResponse(await matching.GiveFeedbackAsync(
            RecommendationMapping.ToRequest(body, http.Headers["Idempotency-Key"].ToString()), cancellationToken: cancellationToken));
}
