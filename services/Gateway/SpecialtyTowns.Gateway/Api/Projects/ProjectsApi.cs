using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.V1;
using SearchResponse = SpecialtyTowns.Gateway.Api.Search.SearchResponse;

namespace SpecialtyTowns.Gateway.Api.Projects;

/// <summary>
/// /api/v1/projects: investment projects. Published ones are public; a town drafts, edits and
/// moves only its own (an admin any); drafts and history stay with their town.
/// </summary>
public static partial class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder routes)
    {
        // Outside the group, as before the route moved here, so the OpenAPI document keeps its order.
        routes.MapGet("/api/v1/projects", SearchAsync).WithTags("Projects").WithName("SearchProjects").AllowAnonymous().WithMetadata(RestFieldNames.Search)
            .Produces<SearchResponse>().ProducesValidationProblem();
        var group = routes.MapGroup("/api/v1/projects").WithTags("Projects");
        group.MapPost("/", CreateAsync).WithName("CreateProject").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<ProjectResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetProject").AllowAnonymous()
            .Produces<ProjectResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateProject").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<ProjectResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/status", ChangeStatusAsync).WithName("ChangeProjectStatus").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<ProjectResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/history", HistoryAsync).WithName("GetProjectHistory").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<IReadOnlyList<HistoryEntryResponse>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> CreateAsync(ProjectBody body, HttpRequest http, ProjectsService.ProjectsServiceClient projects, CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        var content = ProjectMapping.ToContent(body, problems);
        var project = await problems.CallAsync(() => projects.CreateProjectAsync(
            new CreateProjectRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), TownId = body.TownId?.ToString() ?? string.Empty, Content = content },
            cancellationToken: cancellationToken).ResponseAsync);
        return project is null ? problems.ToResult() : Results.Created($"/api/v1/projects/{project.Id}", ProjectMapping.ToResponse(project));
    }

    private static async Task<ProjectResponse> GetAsync(Guid id, ProjectsService.ProjectsServiceClient projects, CancellationToken cancellationToken) =>
        ProjectMapping.ToResponse(await projects.GetProjectAsync(new GetProjectRequest { Id = id.ToString() }, cancellationToken: cancellationToken));

    private static async Task<IResult> UpdateAsync(Guid id, ProjectBody body, HttpRequest http, ProjectsService.ProjectsServiceClient projects, CancellationToken cancellationToken)
    {
        var problems = new RequestProblems();
        var content = ProjectMapping.ToContent(body, problems);
        var project = await problems.CallAsync(() => projects.UpdateProjectAsync(
            new UpdateProjectRequest { Id = id.ToString(), Content = content, RequestId = http.Headers["Idempotency-Key"].ToString(), TownId = body.TownId?.ToString() ?? string.Empty },
            cancellationToken: cancellationToken).ResponseAsync);
        return project is null ? problems.ToResult() : Results.Ok(ProjectMapping.ToResponse(project));
    }

    private static async Task<ProjectResponse> ChangeStatusAsync(Guid id, StatusChangeBody body, HttpRequest http, ProjectsService.ProjectsServiceClient projects, CancellationToken cancellationToken) =>
        ProjectMapping.ToResponse(await projects.ChangeProjectStatusAsync(
            new ChangeProjectStatusRequest
            {
                Id = id.ToString(),
                Status = body.Status ?? string.Empty,
                Note = body.Note ?? string.Empty,
                RequestId = http.Headers["Idempotency-Key"].ToString(),
            },
            cancellationToken: cancellationToken));

    private static async Task<IReadOnlyList<HistoryEntryResponse>> HistoryAsync(Guid id, ProjectsService.ProjectsServiceClient projects, CancellationToken cancellationToken)
    {
        var history = await projects.GetProjectHistoryAsync(new GetProjectHistoryRequest { Id = id.ToString() }, cancellationToken: cancellationToken);
        return history.Entries.Select(e => new HistoryEntryResponse(
            e.At.ToDateTimeOffset(), e.Actor, e.Action, NullIfEmpty(e.FromStatus), NullIfEmpty(e.ToStatus), NullIfEmpty(e.Note))).ToList();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
