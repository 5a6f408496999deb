using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Deals;

/// <summary>
/// /api/v1/deals: deals (签约) made by moving leads to signed, and the funds that arrive (到资). A deal is seen
/// by its town, its investor organisation's members and admins (anyone else's: 404); its town and admins
/// record funds; towns and admins list the deals overdue to start. The Leads service decides.
/// </summary>
public static class DealsApi
{
    public static RouteGroupBuilder MapDealsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/deals").WithTags("Deals");
        group.MapGet("/", ListAsync).WithName("ListDeals").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .WithMetadata(RestFieldNames.Paging).Produces<DealListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/overdue-to-start", ListOverdueAsync).WithName("ListDealsOverdueToStart").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .WithMetadata(RestFieldNames.Paging).Produces<DealListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetDeal").RequireAuthorization(p => p.RequireRole(Roles.Investor, Roles.Town, Roles.Admin))
            .Produces<DealResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/funds", RecordFundsAsync).WithName("RecordDealFundsArrival").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<DealResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return group;
    }

    private static async Task<DealListResponse> ListAsync(
        DealsService.DealsServiceClient deals, CancellationToken cancellationToken,
        Guid? townId = null, string? signedFrom = null, string? signedTo = null, int pageSize = 20, string? pageToken = null) =>
        DealMapping.ToResponse(await deals.ListDealsAsync(
            new ListDealsRequest
            {
                TownId = townId?.ToString() ?? string.Empty,
                SignedFrom = signedFrom ?? string.Empty,
                SignedTo = signedTo ?? string.Empty,
                Page = new PageRequest { PageSize = pageSize, PageToken = pageToken ?? string.Empty },
            },
            cancellationToken: cancellationToken));

    private static async Task<DealListResponse> ListOverdueAsync(
        DealsService.DealsServiceClient deals, CancellationToken cancellationToken, Guid? townId = null, int pageSize = 20, string? pageToken = null) =>
        DealMapping.ToResponse(await deals.ListOverdueToStartAsync(
            new ListOverdueToStartRequest
            {
                TownId = townId?.ToString() ?? string.Empty,
                Page = new PageRequest { PageSize = pageSize, PageToken = pageToken ?? string.Empty },
            },
            cancellationToken: cancellationToken));

    private static async Task<DealResponse> GetAsync(Guid id, DealsService.DealsServiceClient deals, CancellationToken cancellationToken) =>
        DealMapping.ToResponse(await deals.GetDealAsync(new GetDealRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<DealResponse> RecordFundsAsync(Guid id, FundsArrivalBody body, HttpRequest http, DealsService.DealsServiceClient deals, CancellationToken cancellationToken) =>
        DealMapping.ToResponse(await deals.RecordFundsArrivalAsync(
            new RecordFundsArrivalRequest
            {
                DealId = id.ToString(),
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                AmountFen = body.AmountFen ?? 0,
                ArrivedOn = body.ArrivedOn ?? string.Empty,
                Note = body.Note ?? string.Empty,
                ExpectedVersion = body.ExpectedVersion ?? 0,
            },
            cancellationToken: cancellationToken));
}
