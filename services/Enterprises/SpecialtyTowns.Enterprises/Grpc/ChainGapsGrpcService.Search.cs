using Grpc.Core;
using SpecialtyTowns.Enterprises.Application.Matching;
using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.ServiceDefaults.Security;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>
/// Gap search (still-open gaps unless a status is asked for) and "who could fill this gap". The use cases are resolved
/// here rather than taken in the constructor, which the other part of this class declares.
/// </summary>
public sealed partial class ChainGapsGrpcService : ChainGapsService.ChainGapsServiceBase
{
    public override Task<SearchResponse> SearchChainGaps(SearchRequest request, ServerCallContext context)
    {
        var search = context.GetHttpContext().RequestServices.GetRequiredService<EnterpriseSearch>();
        return Task.FromResult(SearchMessages.ToResponse(SearchMessages.Guarded(() => search.SearchGaps(SearchMessages.ToQuery(request)))));
    }

    public override async Task<FindGapFillersResponse> FindGapFillers(FindGapFillersRequest request, ServerCallContext context)
    {
        var (id, max) = MatchMessages.Validated("gap_id", request.GapId, request.Max);
        var find = context.GetHttpContext().RequestServices.GetRequiredService<FindGapFillers>();
        return MatchMessages.ToResponse(await find.ExecuteAsync(id, max, context.GetCaller(), context.CancellationToken));
    }
}
