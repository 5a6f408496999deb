using Grpc.Core;
using SpecialtyTowns.Enterprises.Application.Matching;
using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.V1;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>
/// Enterprise search, suggestions and "gaps I could fill": public, like the enterprises they show. The use cases are
/// resolved here rather than taken in the constructor, which the other part of this class declares.
/// </summary>
public sealed partial class EnterprisesGrpcService
{
    public override Task<SearchResponse> SearchEnterprises(SearchRequest request, ServerCallContext context)
    {
        var search = context.GetHttpContext().RequestServices.GetRequiredService<EnterpriseSearch>();
        return Task.FromResult(SearchMessages.ToResponse(SearchMessages.Guarded(() => search.SearchEnterprises(SearchMessages.ToQuery(request)))));
    }

    public override Task<SuggestResponse> Suggest(SuggestRequest request, ServerCallContext context)
    {
        var search = context.GetHttpContext().RequestServices.GetRequiredService<EnterpriseSearch>();
        var suggestions = SearchMessages.Guarded(() => search.Suggest(request.Prefix, request.Max == 0 ? 10 : request.Max));
        var response = new SuggestResponse();
        response.Suggestions.AddRange(suggestions.Select(s => s.Text));
        return Task.FromResult(response);
    }

    public override async Task<FindGapsForEnterpriseResponse> FindGapsForEnterprise(FindGapsForEnterpriseRequest request, ServerCallContext context)
    {
        var (id, max) = MatchMessages.Validated("enterprise_id", request.EnterpriseId, request.Max);
        var find = context.GetHttpContext().RequestServices.GetRequiredService<FindGapsForEnterprise>();
        return MatchMessages.ToResponse(await find.ExecuteAsync(id, max, context.CancellationToken));
    }
}
