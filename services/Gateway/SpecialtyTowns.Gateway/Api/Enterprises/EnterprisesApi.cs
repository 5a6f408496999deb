using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>/api/v1/enterprises: reads are public; a town registers its enterprises; an enterprise, its town or an admin edits it.</summary>
public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/enterprises").WithTags("Enterprises");
        group.MapPost("/", RegisterAsync).WithName("RegisterEnterprise").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<EnterpriseResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEnterprise").AllowAnonymous()
            .Produces<EnterpriseResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateEnterprise").RequireAuthorization(p => p.RequireRole(Roles.Enterprise, Roles.Town, Roles.Admin))
            .Produces<EnterpriseResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> RegisterAsync(RegisterEnterpriseBody body, HttpRequest http, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new RegisterEnterpriseRequest
        {
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            TownId = body.TownId?.ToString() ?? string.Empty,
            Profile = new EnterpriseProfile { Name = body.Name ?? string.Empty },
        };
        request.Profile.Products.AddRange(body.Products ?? []);
        var enterprise = await enterprises.RegisterEnterpriseAsync(request, cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Enterprises);
        return Results.Created($"/api/v1/enterprises/{enterprise.Id}", ToResponse(enterprise));
    }

    private static async Task<EnterpriseResponse> UpdateAsync(Guid id, UpdateEnterpriseBody body, HttpRequest http, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var current = await enterprises.GetEnterpriseAsync(new GetEnterpriseRequest { Id = id.ToString() }, cancellationToken: cancellationToken);
        var profile = current.Profile.Clone();
        profile.Name = body.Name ?? profile.Name;
        if (body.Products is not null)
        {
            profile.Products.Clear();
            profile.Products.AddRange(body.Products);
        }

        var request = new UpdateEnterpriseRequest
        {
            Id = id.ToString(),
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            Profile = profile,
            ExpectedVersion = current.Version,
        };

        var enterprise = await enterprises.UpdateEnterpriseAsync(request, cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Enterprises);
        return ToResponse(enterprise);
    }

    private static Task<EnterpriseResponse> GetAsync(Guid id, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(CacheScopes.Enterprises, $"enterprise:{id}", CacheJsonContext.Api.EnterpriseResponse, async () =>
            ToResponse(await enterprises.GetEnterpriseAsync(new GetEnterpriseRequest { Id = id.ToString() }, cancellationToken: cancellationToken)));

    private static EnterpriseResponse ToResponse(Enterprise enterprise) =>
        new(enterprise.Id, enterprise.Profile.Name, enterprise.TownId, enterprise.Profile.Products.ToList(), enterprise.RegisteredAt.ToDateTimeOffset());
}
