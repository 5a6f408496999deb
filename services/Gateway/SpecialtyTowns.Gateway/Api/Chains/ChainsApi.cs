using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Api.ChainGaps;
using SpecialtyTowns.Gateway.Api.Enterprises;
using SpecialtyTowns.Gateway.Api.Projects;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Api.Chains;

/// <summary>
/// A town's industrial chain (产业链): the public chain map in one call, and its nodes, which the town
/// itself or an admin adds, replaces and removes.
/// </summary>
public static class ChainsApi
{
    // The chain map shows a town's projects on one page, as many as the service gives at once.
    private const int ChainProjects = 100;

    public static IEndpointRouteBuilder MapChainsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/towns/{id:guid}/chain", GetTownChainAsync).WithTags("Chains").WithName("GetTownChain").AllowAnonymous()
            .Produces<TownChainResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapPost("/api/v1/towns/{id:guid}/chain/nodes", AddNodeAsync).WithTags("Chains").WithName("AddChainNode").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<ChainNodeResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        var nodes = routes.MapGroup("/api/v1/chain-nodes").WithTags("Chains");
        nodes.MapPut("/{id:guid}", ReplaceNodeAsync).WithName("ReplaceChainNode").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces<ChainNodeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        nodes.MapDelete("/{id:guid}", RemoveNodeAsync).WithName("RemoveChainNode").RequireAuthorization(p => p.RequireRole(Roles.Town, Roles.Admin))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<TownChainResponse> GetTownChainAsync(
        Guid id,
        HttpContext http,
        ChainsService.ChainsServiceClient chains,
        ProjectsService.ProjectsServiceClient projects,
        PublicReadCache cache,
        CancellationToken cancellationToken)
    {
        async Task<TownChainResponse> LoadAsync()
        {
            var chain = chains.GetTownChainAsync(new GetTownChainRequest { TownId = id.ToString() }, cancellationToken: cancellationToken).ResponseAsync;
            var townProjects = projects.ListTownProjectsAsync(
                new ListTownProjectsRequest { TownId = id.ToString(), Page = 1, PageSize = ChainProjects }, cancellationToken: cancellationToken).ResponseAsync;
            await Task.WhenAll(chain, townProjects);
            var map = await chain;
            return new TownChainResponse(
                map.TownId,
                map.Nodes.Select(ChainNodeMapping.ToResponse).ToList(),
                map.Enterprises.Select(EnterpriseMapping.ToResponse).ToList(),
                map.EnterpriseCount,
                map.OpenGaps.Select(ChainGapMapping.ToResponse).ToList(),
                (await townProjects).Projects.Select(ProjectMapping.ToResponse).ToList(),
                map.UpdatedAt?.ToDateTimeOffset());
        }

        // A signed-in town sees its own drafts among the projects, so only the visitors' view is shared.
        return http.User.Identity?.IsAuthenticated == true
            ? await LoadAsync()
            : await cache.GetOrCreateAsync(CacheScopes.Chains, $"chain:{id}", CacheJsonContext.Api.TownChainResponse, LoadAsync, CacheScopes.ChainsTtl);
    }

    private static async Task<IResult> AddNodeAsync(Guid id, ChainNodeBody body, HttpRequest http, ChainsService.ChainsServiceClient chains, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var node = await chains.SaveChainNodeAsync(
            new SaveChainNodeRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), TownId = id.ToString(), Content = ChainNodeMapping.ToContent(body) },
            cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Chains);
        return Results.Created($"/api/v1/chain-nodes/{node.Id}", ChainNodeMapping.ToResponse(node));
    }

    private static async Task<ChainNodeResponse> ReplaceNodeAsync(Guid id, ChainNodeBody body, HttpRequest http, ChainsService.ChainsServiceClient chains, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var node = await chains.SaveChainNodeAsync(
            new SaveChainNodeRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                Id = id.ToString(),
                Content = ChainNodeMapping.ToContent(body),
                ExpectedVersion = body.ExpectedVersion ?? 0,
            },
            cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Chains);
        return ChainNodeMapping.ToResponse(node);
    }

    private static async Task<IResult> RemoveNodeAsync(Guid id, HttpRequest http, ChainsService.ChainsServiceClient chains, PublicReadCache cache, CancellationToken cancellationToken)
    {
        await chains.RemoveChainNodeAsync(new RemoveChainNodeRequest { RequestId = http.Headers["Idempotency-Key"].ToString(), Id = id.ToString() }, cancellationToken: cancellationToken);
        await cache.InvalidateAsync(CacheScopes.Chains);
        return Results.NoContent();
    }
}
