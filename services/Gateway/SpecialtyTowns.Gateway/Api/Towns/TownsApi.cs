using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.V1;
using SearchResponse = SpecialtyTowns.Gateway.Api.Search.SearchResponse;

namespace SpecialtyTowns.Gateway.Api.Towns;

/// <summary>/api/v1/towns. Reads and search are public; admins register towns; a town edits only itself.</summary>
public static class TownsApi
{
    public static RouteGroupBuilder MapTownsApi(this IEndpointRouteBuilder routes)
    {
        // Outside the group, as before the route moved here, so the OpenAPI document keeps its order.
        routes.MapGet("/api/v1/towns", SearchAsync).WithTags("Towns").WithName("SearchTowns").AllowAnonymous().WithMetadata(RestFieldNames.Search)
            .Produces<SearchResponse>().ProducesValidationProblem();
        var group = routes.MapGroup("/api/v1/towns").WithTags("Towns");
        group.MapPost("/", RegisterAsync).WithName("RegisterTown").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .Produces<TownResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetTown").AllowAnonymous()
            .Produces<TownResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/projects", ListProjectsAsync).WithName("ListTownProjects").AllowAnonymous()
            .Produces<TownProjectsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateTown").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<TownResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Task<IResult> SearchAsync(
        [AsParameters] SearchParameters parameters,
        TownsService.TownsServiceClient towns,
        PublicReadCache cache,
        CancellationToken cancellationToken) =>
        SearchApi.AnswerAsync("town", parameters, (request, token) => towns.SearchTownsAsync(request, cancellationToken: token).ResponseAsync, cache, cancellationToken);

    private static async Task<IResult> RegisterAsync(
        RegisterTownBody body,
        HttpRequest http,
        TownsService.TownsServiceClient towns,
        PublicReadCache cache,
        CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        var level = TownLevel.Unspecified;
        if (!string.IsNullOrEmpty(body.Level) && !TownKeys.Levels.TryGetValue(body.Level, out level))
        {
            problems.Add("level", $"'{body.Level}' is not one of: {string.Join(", ", TownKeys.Levels.Keys)}");
            level = (TownLevel)(-1); // refused by Towns too, so the call below stores nothing
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
        // A problem category is Unspecified and a problem level undefined: Towns refuses both and names the rest.
        var town = await problems.CallAsync(() => towns.RegisterTownAsync(request, cancellationToken: cancellationToken).ResponseAsync);
        if (town is null)
        {
            return problems.ToResult();
        }

        await cache.InvalidateAsync(CacheScopes.Towns);
        return Results.Created($"/api/v1/towns/{town.Id}", ToResponse(town));
    }

    private static async Task<TownResponse> UpdateAsync(Guid id, UpdateTownBody body, HttpRequest http, TownsService.TownsServiceClient towns, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new UpdateTownRequest { Id = id.ToString(), RequestId = http.Headers["Idempotency-Key"].ToString() };
        if (body.NameEn is not null)
        {
            request.NameEn = body.NameEn;
        }

        if (body.City is not null)
        {
            request.City = body.City;
        }

        if (body.County is not null)
        {
            request.County = body.County;
        }

        if (body.MainIndustry is not null)
        {
            request.MainIndustry = body.MainIndustry;
        }

        if (body.Facts is not null)
        {
            request.Facts = new StringList { Values = { body.Facts } };
        }

        if (body.KeyFigures is not null)
        {
            request.KeyFigures = new KeyFigureList
            {
                Values =
                {
                    body.KeyFigures.Select(f => new KeyFigure
                    {
                        Metric = f.Metric ?? string.Empty,
                        Value = f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Unit = f.Unit ?? string.Empty,
                        Year = f.Year ?? 0,
                        Source = f.Source ?? string.Empty,
                        Quote = f.Quote ?? string.Empty,
                    }),
                },
            };
        }

        if (body.Platforms is not null)
        {
            request.Platforms = new StringList { Values = { body.Platforms } };
        }

        if (body.Policies is not null)
        {
            request.Policies = new StringList { Values = { body.Policies } };
        }

        if (body.Contacts is not null)
        {
            request.Contacts = new ContactList
            {
                Values =
                {
                    body.Contacts.Select(c => new TownContact { Name = c.Name ?? string.Empty, Role = c.Role ?? string.Empty, Phone = c.Phone ?? string.Empty, Email = c.Email ?? string.Empty }),
                },
            };
        }

        var town = await towns.UpdateTownAsync(request, cancellationToken: cancellationToken);

        // The event invalidates every replica's view too; this makes the writer's next read fresh at once.
        await cache.InvalidateAsync(CacheScopes.Towns);
        return ToResponse(town);
    }

    private static async Task<TownResponse> GetAsync(Guid id, HttpContext http, TownsService.TownsServiceClient towns, PublicReadCache cache, CancellationToken cancellationToken)
    {
        async Task<TownResponse> LoadAsync() => ToResponse(await towns.GetTownAsync(new GetTownRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

        // Towns shows contacts to signed-in callers only, so only the visitors' view is shared through the cache.
        return http.User.Identity?.IsAuthenticated == true
            ? await LoadAsync()
            : await cache.GetOrCreateAsync(CacheScopes.Towns, $"town:{id}", CacheJsonContext.Api.TownResponse, LoadAsync);
    }

    // Not cached: what a caller sees depends on who it is (the town itself and admins see its drafts).
    private static async Task<TownProjectsResponse> ListProjectsAsync(Guid id, ProjectsService.ProjectsServiceClient projects, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var response = await projects.ListTownProjectsAsync(
            new ListTownProjectsRequest { TownId = id.ToString(), Page = page ?? 1, PageSize = pageSize ?? 20 },
            cancellationToken: cancellationToken);
        return new TownProjectsResponse(response.Projects.Select(ProjectMapping.ToResponse).ToList(), response.Total, response.Page, response.PageSize);
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
        town.RegisteredAt.ToDateTimeOffset(),
        town.KeyFigures.Select(f => new KeyFigureDto(
            f.Metric, decimal.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture), f.Unit, f.Year == 0 ? null : f.Year, f.Source, NullIfEmpty(f.Quote))).ToList(),
        town.Platforms.ToList(),
        town.Policies.ToList(),
        town.Contacts.Select(c => new ContactDto(c.Name, NullIfEmpty(c.Role), NullIfEmpty(c.Phone), NullIfEmpty(c.Email))).ToList(),
        town.EnterpriseCount,
        town.LeadingEnterprises.Select(e => new LeadingEnterpriseDto(e.Id, e.Name, NullIfEmpty(e.NameEn))).ToList());

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
