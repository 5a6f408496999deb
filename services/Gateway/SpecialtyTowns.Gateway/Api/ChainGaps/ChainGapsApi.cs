using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ChainGaps;

/// <summary>
/// /api/v1/chain-gaps: supply-chain gaps (补链). Public to read (withdrawn ones and histories only for their
/// poster, its town and admins: the service decides); a town posts for its chain, an enterprise for itself;
/// whoever posted a gap edits it and moves it through its lifecycle. Search and matching are in EnterpriseSearch.
/// </summary>
public static class ChainGapsApi
{
    public static RouteGroupBuilder MapChainGapsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/chain-gaps").WithTags("Chain gaps");
        group.MapPost("/", PostAsync).WithName("PostChainGap").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin)).WithMetadata(RestFieldNames.ChainGap)
            .Produces<ChainGapResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetChainGap").AllowAnonymous()
            .Produces<ChainGapResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", ReplaceAsync).WithName("ReplaceChainGap").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin)).WithMetadata(RestFieldNames.ChainGap)
            .Produces<ChainGapResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/status", ChangeStatusAsync).WithName("ChangeChainGapStatus").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin))
            .Produces<ChainGapResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        // The entries name the accounts that acted: for the gap's poster, its town and admins (the service decides which gap).
        group.MapGet("/{id:guid}/history", HistoryAsync).WithName("GetChainGapHistory").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Enterprise, Roles.Admin))
            .Produces<IReadOnlyList<HistoryEntryResponse>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/towns/{id:guid}/chain-gaps", ListTownGapsAsync).WithTags("Chain gaps").WithName("ListTownChainGaps").AllowAnonymous()
            .Produces<ChainGapListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/enterprises/{id:guid}/chain-gaps", ListEnterpriseGapsAsync).WithTags("Chain gaps").WithName("ListEnterpriseChainGaps").AllowAnonymous()
            .Produces<ChainGapListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> PostAsync(ChainGapBody body, HttpRequest http, ChainGapsService.ChainGapsServiceClient gaps, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var gap = await gaps.PostChainGapAsync(
            new PostChainGapRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), TownId = body.TownId?.ToString() ?? string.Empty, Content = ChainGapMapping.ToContent(body) },
            cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Chains);
        return Results.Created($"/api/v1/chain-gaps/{gap.Id}", ChainGapMapping.ToResponse(gap));
    }

    // Not cached: a withdrawn gap is shown to its poster only.
    private static async Task<ChainGapResponse> GetAsync(Guid id, ChainGapsService.ChainGapsServiceClient gaps, CancellationToken cancellationToken) =>
        ChainGapMapping.ToResponse(await gaps.GetChainGapAsync(new GetChainGapRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<ChainGapResponse> ReplaceAsync(Guid id, ChainGapBody body, HttpRequest http, ChainGapsService.ChainGapsServiceClient gaps, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var gap = await gaps.UpdateChainGapAsync(
            new UpdateChainGapRequest
            {
                Id = id.ToString(),
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                Content = ChainGapMapping.ToContent(body),
                ExpectedVersion = body.ExpectedVersion ?? 0,
            },
            cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Chains);
        return ChainGapMapping.ToResponse(gap);
    }

    private static async Task<ChainGapResponse> ChangeStatusAsync(Guid id, GapStatusBody body, HttpRequest http, ChainGapsService.ChainGapsServiceClient gaps, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var gap = await gaps.ChangeChainGapStatusAsync(
            new ChangeChainGapStatusRequest
            {
                Id = id.ToString(),
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                Status = body.Status ?? string.Empty,
                Note = body.Note ?? string.Empty,
                FilledByEnterpriseId = body.FilledByEnterpriseId?.ToString() ?? string.Empty,
                ExpectedVersion = body.ExpectedVersion ?? 0,
            },
            cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Chains);
        return ChainGapMapping.ToResponse(gap);
    }

    private static async Task<IReadOnlyList<HistoryEntryResponse>> HistoryAsync(Guid id, ChainGapsService.ChainGapsServiceClient gaps, CancellationToken cancellationToken) =>
        ChainGapMapping.ToResponse(await gaps.GetChainGapHistoryAsync(new GetChainGapHistoryRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static Task<ChainGapListResponse> ListTownGapsAsync(
        Guid id, ChainGapsService.ChainGapsServiceClient gaps, CancellationToken cancellationToken, string? status = null, int? page = null, int? pageSize = null) =>
        ListAsync(new ListChainGapsRequest { TownId = id.ToString() }, gaps, status, page, pageSize, cancellationToken);

    private static Task<ChainGapListResponse> ListEnterpriseGapsAsync(
        Guid id, ChainGapsService.ChainGapsServiceClient gaps, CancellationToken cancellationToken, string? status = null, int? page = null, int? pageSize = null) =>
        ListAsync(new ListChainGapsRequest { EnterpriseId = id.ToString() }, gaps, status, page, pageSize, cancellationToken);

    // Not cached: what a caller sees depends on who it is (withdrawn gaps stay with their poster).
    private static async Task<ChainGapListResponse> ListAsync(
        ListChainGapsRequest request, ChainGapsService.ChainGapsServiceClient gaps, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        request.Status = status ?? string.Empty;
        request.Page = page ?? 1;
        request.PageSize = pageSize ?? 20;
        var response = await gaps.ListChainGapsAsync(request, cancellationToken: cancellationToken);
        return new ChainGapListResponse(response.Gaps.Select(ChainGapMapping.ToResponse).ToList(), response.Total, response.Page, response.PageSize);
    }
}
