using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.Towns.V1;
using V1SearchResponse = SpecialtyTowns.Towns.V1.SearchResponse;

namespace SpecialtyTowns.Gateway.Api.Search;

/// <summary>
/// Search, public: suggestions as the user types (<c>GET /api/v1/search/suggestions</c>), and what the town and
/// project search routes (<c>GET /api/v1/towns?q=</c> in <c>TownsApi</c>, <c>GET /api/v1/projects?q=</c> in
/// <c>ProjectsApi</c>) share: the request, the cache and the JSON answer.
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/search/suggestions", SuggestAsync)
            .WithTags("Search").WithName("Suggest").AllowAnonymous()
            .Produces<IReadOnlyList<string>>().ProducesValidationProblem();
        return routes;
    }

    private const string JsonContentType = "application/json; charset=utf-8";

    private static readonly TimeSpan SearchCacheTtl = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Answers a search of <paramref name="kind"/> through <paramref name="search"/> (the RPC of the service that owns
    /// the kind). The answer goes out as the cached JSON itself: a hit costs no serialization.
    /// </summary>
    public static async Task<IResult> AnswerAsync(
        string kind,
        SearchParameters p,
        Func<SearchRequest, CancellationToken, Task<V1SearchResponse>> search,
        PublicReadCache cache,
        CancellationToken cancellationToken)
    {
        var request = SearchRequests.From(kind, p);
        var json = await cache.GetOrCreateJsonAsync(
            CacheScopes.Search,
            CacheKey(request),
            CacheJsonContext.Api.SearchResponse,
            async () => ToResponse(kind, request, await search(request, cancellationToken)),
            SearchCacheTtl);
        return TypedResults.Bytes(json, JsonContentType);
    }

    /// <summary>Every field, each prefixed with its length so that no two requests share a key.</summary>
    public static string CacheKey(SearchRequest r) =>
        $"q:{r.Kind}|{r.Page}|{r.PageSize}|{r.Text.Length}:{r.Text}|{r.Industry.Length}:{r.Industry}|{r.City.Length}:{r.City}|{r.County.Length}:{r.County}|{r.Level.Length}:{r.Level}|{r.Category.Length}:{r.Category}|{r.AmountBand.Length}:{r.AmountBand}|{r.CooperationMode.Length}:{r.CooperationMode}|{r.Status.Length}:{r.Status}|{r.Sort.Length}:{r.Sort}";

    private static async Task<IReadOnlyList<string>> SuggestAsync(string? prefix, int? max, ProjectsService.ProjectsServiceClient search, CancellationToken cancellationToken)
    {
        var response = await search.SuggestAsync(new SuggestRequest { Prefix = prefix ?? string.Empty, Max = max ?? 10 }, cancellationToken: cancellationToken);
        return response.Suggestions.ToList();
    }

    private static SearchResponse ToResponse(string kind, SearchRequest request, V1SearchResponse response)
    {
        var isTown = kind == "town";
        var items = response.Hits.Select(h => new SearchItem(
            h.Id,
            h.Kind,
            isTown ? h.Title : null,
            isTown ? null : h.Title,
            isTown ? NullIfEmpty(h.TitleEn) : null,
            isTown ? null : NullIfEmpty(h.TitleEn),
            h.TownId,
            h.TownName,
            h.Score,
            NullIfEmpty(h.Highlight),
            h.MatchedWords)).ToList();
        var facets = response.Facets.ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<FacetCount>)f.Values.Select(v => new FacetCount(v.Value, v.Count)).ToList());
        return new SearchResponse(items, response.Total, request.Page, request.PageSize, facets, response.Partial, response.TotalWords);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
