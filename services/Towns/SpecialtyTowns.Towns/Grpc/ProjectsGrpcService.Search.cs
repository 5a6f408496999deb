using Grpc.Core;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>Project search and suggestions over this replica's index: public, like the projects they show.</summary>
public sealed partial class ProjectsGrpcService
{
    public override Task<SearchResponse> SearchProjects(SearchRequest request, ServerCallContext context)
    {
        var search = context.GetHttpContext().RequestServices.GetRequiredService<CatalogueSearch>();
        return Task.FromResult(SearchMessages.ToResponse(SearchMessages.Guarded(() => search.SearchProjects(SearchMessages.ToQuery(request)))));
    }

    public override Task<SuggestResponse> Suggest(SuggestRequest request, ServerCallContext context)
    {
        var search = context.GetHttpContext().RequestServices.GetRequiredService<CatalogueSearch>();
        var suggestions = SearchMessages.Guarded(() => search.Suggest(request.Prefix, request.Max == 0 ? 10 : request.Max));
        var response = new SuggestResponse();
        response.Suggestions.AddRange(suggestions.Select(s => s.Text));
        return Task.FromResult(response);
    }
}
