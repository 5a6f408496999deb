using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Investors;

/// <summary>
/// /api/v1/investors: an investor account reads and saves its organisation (me); towns and admins
/// read one or search by name or credit code (contacts only where the service allows).
/// </summary>
public static class InvestorsApi
{
    /// <summary>The search's query string: <c>q</c> for the proto's <c>query</c>.</summary>
    private static readonly RestFieldNames Search = new(new Dictionary<string, string>(StringComparer.Ordinal) { ["query"] = "q" });

    public static RouteGroupBuilder MapInvestorsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/investors").WithTags("Investors");
        group.MapGet("/me", GetMineAsync).WithName("GetMyOrganisation").RequireAuthorization(p => p.RequireRole(Roles.Investor))
            .Produces<InvestorOrganisationResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/me", SaveMineAsync).WithName("SaveMyOrganisation").RequireAuthorization(p => p.RequireRole(Roles.Investor))
            .Accepts<InvestorProfileBody>("application/json")
            .Produces<InvestorOrganisationResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetInvestorOrganisation").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<InvestorOrganisationResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", FindAsync).WithName("FindInvestorOrganisations").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .WithMetadata(Search).Produces<InvestorListResponse>().ProducesValidationProblem();
        return group;
    }

    private static async Task<InvestorOrganisationResponse> GetMineAsync(InvestorsService.InvestorsServiceClient investors, CancellationToken cancellationToken) =>
        InvestorMapping.ToResponse(await investors.GetMyOrganisationAsync(new GetMyOrganisationRequest(), cancellationToken: cancellationToken));

    private static async Task<IResult> SaveMineAsync(InvestorProfileBody body, HttpRequest http, InvestorsService.InvestorsServiceClient investors, CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        var request = new SaveMyOrganisationRequest
        {
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            ExpectedVersion = body.ExpectedVersion ?? 0,
            Profile = InvestorMapping.ToProfile(body, problems),
        };
        var saved = await problems.CallAsync(async () => await investors.SaveMyOrganisationAsync(request, cancellationToken: cancellationToken));
        return saved is null ? problems.ToResult() : Results.Ok(InvestorMapping.ToResponse(saved));
    }

    private static async Task<InvestorOrganisationResponse> GetAsync(Guid id, InvestorsService.InvestorsServiceClient investors, CancellationToken cancellationToken) =>
        InvestorMapping.ToResponse(await investors.GetOrganisationAsync(new GetOrganisationRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<InvestorListResponse> FindAsync(InvestorsService.InvestorsServiceClient investors, CancellationToken cancellationToken, string? q = null, int? limit = null)
    {
        var response = await investors.FindOrganisationsAsync(new FindOrganisationsRequest { Query = q ?? string.Empty, Limit = limit ?? 0 }, cancellationToken: cancellationToken);
        return new InvestorListResponse(response.Organisations.Select(InvestorMapping.ToResponse).ToList());
    }
}
