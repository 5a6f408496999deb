using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>
/// /api/v1/enterprises: profiles are public (contacts only for signed-in callers: the service decides);
/// a town registers its enterprises; the enterprise itself, its town or an admin replaces a profile.
/// </summary>
public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/enterprises").WithTags("Enterprises");
        group.MapPost("/", RegisterAsync).WithName("RegisterEnterprise").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<EnterpriseResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEnterprise").AllowAnonymous()
            .Produces<EnterpriseResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", ReplaceAsync).WithName("ReplaceEnterprise").RequireAuthorization(p => p.RequireRole(Roles.Enterprise, Roles.Town, Roles.Admin))
            .Produces<EnterpriseResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        routes.MapGet("/api/v1/towns/{id:guid}/enterprises", ListTownEnterprisesAsync).WithTags("Enterprises").WithName("ListTownEnterprises").AllowAnonymous()
            .Produces<EnterpriseListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> RegisterAsync(EnterpriseBody body, HttpRequest http, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new RegisterEnterpriseRequest
        {
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            TownId = body.TownId?.ToString() ?? string.Empty,
            Profile = EnterpriseMapping.ToProfile(body),
        };
        var enterprise = await enterprises.RegisterEnterpriseAsync(request, cancellationToken: cancellationToken);
        await InvalidateAsync(cache);
        return Results.Created($"/api/v1/enterprises/{enterprise.Id}", EnterpriseMapping.ToResponse(enterprise));
    }

    private static async Task<EnterpriseResponse> ReplaceAsync(Guid id, EnterpriseBody body, HttpRequest http, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new UpdateEnterpriseRequest
        {
            Id = id.ToString(),
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            Profile = EnterpriseMapping.ToProfile(body),
            ExpectedVersion = body.ExpectedVersion ?? 0,
        };
        var enterprise = await enterprises.UpdateEnterpriseAsync(request, cancellationToken: cancellationToken);

        // The event invalidates every replica too; this makes the writer's next read fresh at once.
        await InvalidateAsync(cache);
        return EnterpriseMapping.ToResponse(enterprise);
    }

    private static async Task<EnterpriseResponse> GetAsync(Guid id, HttpContext http, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken)
    {
        async Task<EnterpriseResponse> LoadAsync() =>
            EnterpriseMapping.ToResponse(await enterprises.GetEnterpriseAsync(new GetEnterpriseRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

        // Enterprises shows contacts to signed-in callers only, so only the visitors' view is shared through the cache.
        return http.User.Identity?.IsAuthenticated == true
            ? await LoadAsync()
            : await cache.GetOrCreateAsync(CacheScopes.Enterprises, $"enterprise:{id}", CacheJsonContext.Api.EnterpriseResponse, LoadAsync);
    }

    // Not cached: whether contacts are shown depends on the caller.
    private static async Task<EnterpriseListResponse> ListTownEnterprisesAsync(
        Guid id, EnterprisesService.EnterprisesServiceClient enterprises, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var response = await enterprises.ListTownEnterprisesAsync(
            new ListTownEnterprisesRequest { TownId = id.ToString(), Page = page ?? 1, PageSize = pageSize ?? 20 },
            cancellationToken: cancellationToken);
        return new EnterpriseListResponse(response.Enterprises.Select(EnterpriseMapping.ToResponse).ToList(), response.Total, response.Page, response.PageSize);
    }

    // A town's chain map lists its enterprises. The town's count follows from Towns' own event (TownEnterprisesChanged).
    private static async Task InvalidateAsync(PublicReadCache cache)
    {
        await cache.InvalidateAsync(CacheScopes.Enterprises);
        await cache.InvalidateAsync(CacheScopes.Chains);
    }
}
