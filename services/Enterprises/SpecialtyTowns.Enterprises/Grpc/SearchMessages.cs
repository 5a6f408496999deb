using SpecialtyTowns.Enterprises.Application.Search;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Search.Hosting;
using SearchHit = SpecialtyTowns.Enterprises.V1.SearchHit;

namespace SpecialtyTowns.Enterprises.Grpc;

/// <summary>The search messages of enterprises.v1 to and from the search use case.</summary>
public static class SearchMessages
{
    public static EnterprisesSearchQuery ToQuery(SearchRequest request) => new()
    {
        Kind = Blank(request.Kind),
        Text = Blank(request.Text),
        Industry = Blank(request.Industry),
        TownId = Blank(request.TownId),
        City = Blank(request.City),
        ChainPosition = Blank(request.ChainPosition),
        Status = Blank(request.Status),
        Leading = Blank(request.Leading),
        Sort = Blank(request.Sort) ?? SearchSorts.Relevance,
        Page = request.Page == 0 ? 1 : request.Page,
        PageSize = request.PageSize == 0 ? 20 : request.PageSize,
    };

    public static SearchResponse ToResponse(EnterprisesSearchResult result)
    {
        var response = new SearchResponse { Total = result.Total, Partial = result.Partial };
        response.Hits.AddRange(result.Items.Select(hit => new SearchHit
        {
            Id = hit.Id.ToString(),
            Kind = hit.Kind,
            Title = hit.Title,
            TitleEn = hit.TitleEn ?? string.Empty,
            TownId = hit.TownId.ToString(),
            TownName = hit.TownName,
            City = hit.City ?? string.Empty,
            Score = hit.Score,
            Highlight = hit.Highlight ?? string.Empty,
            IndustryCode = hit.Industry ?? string.Empty,
            ChainPosition = string.Join(',', hit.ChainPositions),
            Status = hit.Status ?? string.Empty,
            Leading = hit.Leading,
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
