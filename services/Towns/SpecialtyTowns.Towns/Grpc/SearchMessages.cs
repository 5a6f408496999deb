using SpecialtyTowns.Search.Hosting;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;
using SpecialtyTowns.Towns.V1;
using SearchHit = SpecialtyTowns.Towns.V1.SearchHit;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>The search messages of towns.v1 to and from the search use case.</summary>
public static class SearchMessages
{
    public static TownsSearchQuery ToQuery(SearchRequest request) => new()
    {
        Kind = Blank(request.Kind),
        Text = Blank(request.Text),
        Industry = Blank(request.Industry),
        City = Blank(request.City),
        County = Blank(request.County),
        Level = Blank(request.Level),
        Category = Blank(request.Category),
        AmountBand = Blank(request.AmountBand),
        CooperationMode = Blank(request.CooperationMode),
        Status = Blank(request.Status),
        Sort = Blank(request.Sort) ?? SearchSorts.Relevance,
        Page = request.Page == 0 ? 1 : request.Page,
        PageSize = request.PageSize == 0 ? 20 : request.PageSize,
    };

    public static SearchResponse ToResponse(TownsSearchResult result)
    {
        var response = new SearchResponse { Total = result.Total, Partial = !result.MatchedAllWords, TotalWords = result.TotalWords };
        response.Hits.AddRange(result.Items.Select(hit => new SearchHit
        {
            Id = hit.Id.ToString(),
            Kind = hit.Kind,
            Title = hit.Title,
            TitleEn = hit.TitleEn ?? string.Empty,
            TownId = hit.TownId.ToString(),
            TownName = hit.TownName,
            Score = hit.Score,
            Highlight = hit.Highlight ?? string.Empty,
            AmountMinFen = hit.AmountMinFen ?? 0,
            AmountMaxFen = hit.AmountMaxFen ?? 0,
            Status = hit.Status ?? string.Empty,
            MatchedWords = hit.MatchedWords,
        }));
        foreach (var (name, values) in result.Facets)
        {
            var facet = new Facet { Name = name };
            facet.Values.AddRange(values.Select(v => new V1.FacetValue { Value = v.Value, Count = v.Count }));
            response.Facets.Add(facet);
        }

        return response;
    }

    /// <summary>The index names a bad parameter as the query has it; clients know it by the proto's field name.</summary>
    public static T Guarded<T>(Func<T> search) => SearchArgumentErrors.Guarded(search);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
