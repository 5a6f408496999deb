using SpecialtyTowns.Enterprises.V1;

namespace SpecialtyTowns.Gateway.Api.Enterprises;

/// <summary>/api/v1/enterprises: reads are public; registering becomes the town's with accounts (issue 3).</summary>
public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/enterprises").WithTags("Enterprises").AllowAnonymous();
        group.MapPost("/", RegisterAsync).WithName("RegisterEnterprise")
            .Produces<EnterpriseResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEnterprise")
            .Produces<EnterpriseResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> RegisterAsync(RegisterEnterpriseBody body, HttpRequest http, EnterprisesService.EnterprisesServiceClient enterprises, CancellationToken cancellationToken)
    {
        var request = new RegisterEnterpriseRequest
        {
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            Name = body.Name ?? string.Empty,
            TownId = body.TownId?.ToString() ?? string.Empty,
        };
        request.Products.AddRange(body.Products ?? []);
        var enterprise = await enterprises.RegisterEnterpriseAsync(request, cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/enterprises/{enterprise.Id}", ToResponse(enterprise));
    }

    private static async Task<EnterpriseResponse> GetAsync(Guid id, EnterprisesService.EnterprisesServiceClient enterprises, CancellationToken cancellationToken) =>
        ToResponse(await enterprises.GetEnterpriseAsync(new GetEnterpriseRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static EnterpriseResponse ToResponse(Enterprise enterprise) =>
        new(enterprise.Id, enterprise.Name, enterprise.TownId, enterprise.Products.ToList(), enterprise.RegisteredAt.ToDateTimeOffset());
}
