using Grpc.Core;
using SpecialtyTowns.ServiceDefaults.Validation;
using SpecialtyTowns.Towns.Search;
using SpecialtyTowns.Towns.V1;
using SearchHit = SpecialtyTowns.Towns.V1.SearchHit;

namespace SpecialtyTowns.Towns.Grpc;

/// <summary>Search and suggestions over this replica's index: public, like the projects they show.</summary>
public sealed partial class ProjectsGrpcService
{
    public override Task<SearchResponse> Search(SearchRequest request, ServerCallContext context)
    {
        var query = new SearchQuery
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
        var result = Guarded(() => index.Search(query));
        var response = new SearchResponse { Total = result.Total };
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
        }));
        foreach (var (name, values) in result.Facets)
        {
            var facet = new Facet { Name = name };
            facet.Values.AddRange(values.Select(v => new V1.FacetValue { Value = v.Value, Count = v.Count }));
            response.Facets.Add(facet);
        }

        return Task.FromResult(response);
    }

    public override Task<SuggestResponse> Suggest(SuggestRequest request, ServerCallContext context)
    {
        var suggestions = Guarded(() => index.Suggest(request.Prefix, request.Max == 0 ? 10 : request.Max));
        var response = new SuggestResponse();
        response.Suggestions.AddRange(suggestions.Select(s => s.Text));
        return Task.FromResult(response);
    }

    /// <summary>The index names a bad parameter by its own name; clients know it by the proto's.</summary>
    private static T Guarded<T>(Func<T> search)
    {
        try
        {
            return search();
        }
        catch (ArgumentException exception)
        {
            var field = exception.ParamName switch
            {
                nameof(SearchQuery.PageSize) => "page_size",
                nameof(SearchQuery.AmountBand) => "amount_band",
                nameof(SearchQuery.CooperationMode) => "cooperation_mode",
                null => "query",
                var name => System.Text.RegularExpressions.Regex.Replace(name, "(?<!^)([A-Z])", "_$1").ToLowerInvariant(),
            };
            var message = exception.Message.Split(" (Parameter")[0];
            throw new RequestValidationException([new FieldViolation(field, message)]);
        }
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
