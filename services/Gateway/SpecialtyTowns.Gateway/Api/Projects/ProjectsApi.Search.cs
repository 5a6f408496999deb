using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Api.Projects;

/// <summary><c>GET /api/v1/projects?q=</c>: public projects, through Towns' ProjectsService.SearchProjects.</summary>
public static partial class ProjectsApi
{
    private static Task<IResult> SearchAsync(
        [AsParameters] SearchParameters parameters,
        ProjectsService.ProjectsServiceClient projects,
        PublicReadCache cache,
        CancellationToken cancellationToken) =>
        SearchApi.AnswerAsync("project", parameters, (request, token) => projects.SearchProjectsAsync(request, cancellationToken: token).ResponseAsync, cache, cancellationToken);
}
