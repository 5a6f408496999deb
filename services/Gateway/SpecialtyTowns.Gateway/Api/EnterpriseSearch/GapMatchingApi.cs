using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Caching;

namespace SpecialtyTowns.Gateway.Api.EnterpriseSearch;

/// <summary>
/// Public matching: <c>GET /api/v1/chain-gaps/{id}/fillers</c> (enterprises of other towns that could fill the gap) and
/// <c>GET /api/v1/enterprises/{id}/gap-matches</c> (still-open gaps of other towns it could fill), each with reasons.
/// Anonymous answers are cached; a signed-in caller may see a withdrawn gap of its own, so its answers are not.
/// </summary>
public static class GapMatchingApi
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private static readonly TimeSpan MatchCacheTtl = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapGapMatchingApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/chain-gaps/{id:guid}/fillers", FillersAsync).WithTags("ChainGaps").WithName("FindGapFillers").AllowAnonymous()
            .Produces<MatchListResponse<GapFillerItem>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/enterprises/{id:guid}/gap-matches", GapMatchesAsync).WithTags("Enterprises").WithName("FindGapsForEnterprise").AllowAnonymous()
            .Produces<MatchListResponse<GapMatchItem>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> FillersAsync(
        Guid id, int? max, HttpRequest http, ChainGapsService.ChainGapsServiceClient gaps, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new FindGapFillersRequest { GapId = id.ToString(), Max = max ?? 0 };
        async Task<MatchListResponse<GapFillerItem>> Load()
        {
            var response = await gaps.FindGapFillersAsync(request, cancellationToken: cancellationToken);
            return new([.. response.Fillers.Select(f => new GapFillerItem(
                f.EnterpriseId, f.Name, NullIfEmpty(f.NameEn), f.TownId, f.TownName, f.Leading, f.Score, Reasons(f.Reasons)))]);
        }

        return await AnswerAsync(http, $"fillers:{id}|{request.Max}", EnterpriseSearchJsonContext.Api.MatchListResponseGapFillerItem, Load, cache);
    }

    private static async Task<IResult> GapMatchesAsync(
        Guid id, int? max, HttpRequest http, EnterprisesService.EnterprisesServiceClient enterprises, PublicReadCache cache, CancellationToken cancellationToken)
    {
        var request = new FindGapsForEnterpriseRequest { EnterpriseId = id.ToString(), Max = max ?? 0 };
        async Task<MatchListResponse<GapMatchItem>> Load()
        {
            var response = await enterprises.FindGapsForEnterpriseAsync(request, cancellationToken: cancellationToken);
            return new([.. response.Matches.Select(m => new GapMatchItem(
                m.GapId, m.Title, NullIfEmpty(m.TitleEn), m.TownId, m.TownName, m.Score, Reasons(m.Reasons)))]);
        }

        return await AnswerAsync(http, $"gap-matches:{id}|{request.Max}", EnterpriseSearchJsonContext.Api.MatchListResponseGapMatchItem, Load, cache);
    }

    private static async Task<IResult> AnswerAsync<T>(
        HttpRequest http, string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> json, Func<Task<T>> load, PublicReadCache cache)
    {
        if (http.Headers.Authorization.Count > 0)
        {
            return TypedResults.Json(await load(), json);
        }

        return TypedResults.Bytes(await cache.GetOrCreateJsonAsync(CacheScopes.Enterprises, key, json, load, MatchCacheTtl), JsonContentType);
    }

    private static List<MatchReasonItem> Reasons(IEnumerable<MatchReason> reasons) =>
        [.. reasons.Select(r => new MatchReasonItem(r.Kind, r.Matched, r.Against, r.Text, r.TextEn, r.Weight))];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
