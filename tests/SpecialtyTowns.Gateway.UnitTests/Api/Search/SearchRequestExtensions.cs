using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.UnitTests.Api.Search;

internal static class SearchRequestExtensions
{
    public static SearchRequest With(this SearchRequest request, Action<SearchRequest> change)
    {
        change(request);
        return request;
    }
}
