using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>
/// /api/v1/towns. Reads are public; registering is open until accounts arrive (issue 3),
/// when it becomes the admin's.
/// </summary>
public static class TownsApi
{
    public static RouteGroupBuilder MapTownsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/towns").WithTags("Towns").AllowAnonymous();
        group.MapPost("/", RegisterAsync).WithName("RegisterTown")
            .Produces<TownResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetTown")
            .Produces<TownResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListTowns")
            .Produces<TownListResponse>().ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> RegisterAsync(
        RegisterTownBody body,
        HttpRequest http,
        TownsService.TownsServiceClient towns,
        CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        var level = TownLevel.Unspecified;
        if (!string.IsNullOrEmpty(body.Level) && !TownKeys.Levels.TryGetValue(body.Level, out level))
        {
            problems.Add("level", $"'{body.Level}' is not one of: {string.Join(", ", TownKeys.Levels.Keys)}");
        }

        var category = TownCategory.Unspecified;
        if (string.IsNullOrEmpty(body.Category))
        {
            problems.Add("category", "is required");
        }
        else if (!TownKeys.Categories.TryGetValue(body.Category, out category))
        {
            problems.Add("category", $"'{body.Category}' is not one of: {string.Join(", ", TownKeys.Categories.Keys)}");
        }

        if (problems.HasErrors)
        {
            return problems.ToResult();
        }

        var request = new RegisterTownRequest
        {
            RequestId = http.Headers["Idempotency-Key"].ToString(),
            Name = body.Name ?? string.Empty,
            NameEn = body.NameEn ?? string.Empty,
            City = body.City ?? string.Empty,
            County = body.County ?? string.Empty,
            Level = level,
            Category = category,
            MainIndustry = body.MainIndustry ?? string.Empty,
        };
        request.Facts.AddRange(body.Facts ?? []);
        var town = await towns.RegisterTownAsync(request, cancellationToken: cancellationToken);
        return Results.Created($"/api/v1/towns/{town.Id}", ToResponse(town));
    }

    private static async Task<TownResponse> GetAsync(Guid id, TownsService.TownsServiceClient towns, CancellationToken cancellationToken) =>
        ToResponse(await towns.GetTownAsync(new GetTownRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<TownListResponse> ListAsync(
        TownsService.TownsServiceClient towns,
        CancellationToken cancellationToken,
        int pageSize = 20,
        string? pageToken = null)
    {
        var response = await towns.ListTownsAsync(
            new ListTownsRequest { Page = new PageRequest { PageSize = pageSize, PageToken = pageToken ?? string.Empty } },
            cancellationToken: cancellationToken);
        return new TownListResponse(
            response.Towns.Select(ToResponse).ToList(),
            response.Page.Total,
            string.IsNullOrEmpty(response.Page.NextPageToken) ? null : response.Page.NextPageToken);
    }

    private static TownResponse ToResponse(Town town) => new(
        town.Id,
        town.Name,
        NullIfEmpty(town.NameEn),
        NullIfEmpty(town.City),
        NullIfEmpty(town.County),
        TownKeys.Of(town.Level),
        TownKeys.Of(town.Category),
        town.MainIndustry,
        town.Facts.ToList(),
        town.RegisteredAt.ToDateTimeOffset());

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
