using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Api.Search;
using SpecialtyTowns.Gateway.Caching;
using SpecialtyTowns.Gateway.Errors;
using SearchResponse = SpecialtyTowns.Enterprises.V1.SearchResponse;

namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// Public search over enterprises and chain gaps, through the Enterprises service's index: <c>GET /api/v1/enterprises?q=</c>,
/// <c>GET /api/v1/chain-gaps?q=</c> and <c>GET /api/v1/enterprises/suggestions</c>; cached like project search.
/// "Who could fill this gap" and "gaps I could fill" are in <see cref="GapMatchingApi"/>.
/// </summary>
public static class EnterpriseSearchApi
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private static readonly TimeSpan SearchCacheTtl = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapEnterpriseSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/enterprises", SearchEnterprisesAsync).WithTags("Enterprises").WithName("SearchEnterprises").AllowAnonymous()
            .WithMetadata(RestFieldNames.Search).Produces<EnterpriseSearchResponse>().ProducesValidationProblem();
        routes.MapGet("/api/v1/enterprises/suggestions", SuggestAsync).WithTags("Enterprises").WithName("SuggestEnterprises").AllowAnonymous()
            .Produces<IReadOnlyList<string>>().ProducesValidationProblem();
        routes.MapGet("/api/v1/chain-gaps", SearchGapsAsync).WithTags("ChainGaps").WithName("SearchChainGaps").AllowAnonymous()
            .WithMetadata(RestFieldNames.Search).Produces<EnterpriseSearchResponse>().ProducesValidationProblem();
        routes.MapGapMatchingApi();
        return routes;
    }

    /// <summary>The query string as the service's request, trimmed as the service would so that equal searches share a cache entry.</summary>
    public static SearchRequest ToRequest(EnterpriseSearchParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Request("enterprise", p.Q, p.Industry, p.TownId, p.City, p.ChainPosition, p.Sort, p.Page, p.PageSize, leading: p.Leading);
    }

    /// <inheritdoc cref="ToRequest(EnterpriseSearchParameters)"/>
    public static SearchRequest ToRequest(GapSearchParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Request("gap", p.Q, p.Industry, p.TownId, p.City, p.ChainPosition, p.Sort, p.Page, p.PageSize, status: p.Status);
    }

    /// <summary>Every field, each prefixed with its length so that no two requests share a key.</summary>
    public static string CacheKey(SearchRequest r) =>
        $"eq:{r.Kind}|{r.Page}|{r.PageSize}|{Part(r.Text)}|{Part(r.Industry)}|{Part(r.TownId)}|{Part(r.City)}|{Part(r.ChainPosition)}|{Part(r.Leading)}|{Part(r.Status)}|{Part(r.Sort)}";

    private static Task<IResult> SearchEnterprisesAsync(
        [AsParameters] EnterpriseSearchParameters parameters, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken) =>
        AnswerAsync(ToRequest(parameters), (request, token) => enterprises.SearchEnterprisesAsync(request, cancellationToken: token).ResponseAsync, cache, cancellationToken);

    private static Task<IResult> SearchGapsAsync(
        [AsParameters] GapSearchParameters parameters, ChainGapsService.ChainGapsServiceClient gaps, PublicReadCache cache, CancellationToken cancellationToken) =>
        AnswerAsync(ToRequest(parameters), (request, token) => gaps.SearchChainGapsAsync(request, cancellationToken: token).ResponseAsync, cache, cancellationToken);

    private static SearchRequest Request(
        string kind, string? q, string? industry, string? townId, string? city, string? chainPosition, string? sort, int? page, int? pageSize,
        string? leading = null, string? status = null) => new()
    {
        Kind = kind,
        Text = q?.Trim() ?? string.Empty,
        Industry = industry ?? string.Empty,
        TownId = townId ?? string.Empty,
        City = city ?? string.Empty,
        ChainPosition = chainPosition ?? string.Empty,
        Leading = leading ?? string.Empty,
        Status = status ?? string.Empty,
        Sort = sort ?? string.Empty,
        Page = page ?? 1,
        PageSize = pageSize ?? SearchRequests.DefaultPageSize,
    };

    private static async Task<IReadOnlyList<string>> SuggestAsync(string? prefix, int? max, EnterprisesService.EnterprisesServiceClient enterprises, CancellationToken cancellationToken)
    {
        var response = await enterprises.SuggestAsync(new SuggestRequest { Prefix = prefix ?? string.Empty, Max = max ?? 10 }, cancellationToken: cancellationToken);
        return response.Suggestions.ToList();
    }

    private static async Task<IResult> AnswerAsync(
        SearchRequest request,
        Func<SearchRequest, CancellationToken, Task<SearchResponse>> search,
        PublicReadCache cache,
        CancellationToken cancellationToken)
    {
        var json = await cache.GetOrCreateJsonAsync(
            CacheScopes.Enterprises,
            CacheKey(request),
            EnterpriseSearchJsonContext.Api.EnterpriseSearchResponse,
            async () => ToResponse(request, await search(request, cancellationToken)),
            SearchCacheTtl);
        return TypedResults.Bytes(json, JsonContentType);
    }

    private static EnterpriseSearchResponse ToResponse(SearchRequest request, SearchResponse response)
    {
        var isEnterprise = request.Kind == "enterprise";
        var items = response.Hits.Select(h => new EnterpriseSearchItem(
            h.Id,
            h.Kind,
            isEnterprise ? h.Title : null,
            isEnterprise ? null : h.Title,
            isEnterprise ? NullIfEmpty(h.TitleEn) : null,
            isEnterprise ? null : NullIfEmpty(h.TitleEn),
            h.TownId,
            h.TownName,
            NullIfEmpty(h.City),
            NullIfEmpty(h.IndustryCode),
            h.ChainPosition.Length == 0 ? [] : h.ChainPosition.Split(','),
            NullIfEmpty(h.Status),
            isEnterprise ? h.Leading : null,
            h.Score,
            NullIfEmpty(h.Highlight))).ToList();
        var facets = response.Facets.ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<FacetCount>)f.Values.Select(v => new FacetCount(v.Value, v.Count)).ToList());
        return new EnterpriseSearchResponse(items, response.Total, request.Page, request.PageSize, facets, response.Partial);
    }

    private static string Part(string value) => $"{value.Length}:{value}";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
