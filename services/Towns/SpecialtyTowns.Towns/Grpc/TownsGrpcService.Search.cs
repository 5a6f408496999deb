using Grpc.Core;
using SpecialtyTowns.Towns.Application;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>
/// Town search over this replica's index: public, like the towns it shows. The use case is resolved here rather than
/// taken in the constructor, which the other part of this class declares.
/// </summary>
public sealed partial class TownsGrpcService
{
    public override Task<SearchResponse> SearchTowns(SearchRequest request, ServerCallContext context)
    {
        var search = context.GetHttpContext().RequestServices.GetRequiredService<CatalogueSearch>();
        return Task.FromResult(SearchMessages.ToResponse(SearchMessages.Guarded(() => search.SearchTowns(SearchMessages.ToQuery(request)))));
    }
}
