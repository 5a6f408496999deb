using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Api.Search;

/// <summary>
/// The search query string (<see cref="SearchParameters"/>) as Towns' <see cref="SearchRequest"/>: one mapping for
/// the REST routes and the search page, so both ask the service the same question.
/// </summary>
public static class SearchRequests
{
    public const int DefaultPageSize = 20;

    public static SearchRequest From(string kind, SearchParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new SearchRequest
        {
            Kind = kind,
            // Trimmed here as Towns would, so "法兰" and "法兰 " share one cache entry.
            Text = p.Q?.Trim() ?? string.Empty,
            Industry = p.Industry ?? string.Empty,
            City = p.City ?? string.Empty,
            County = p.County ?? string.Empty,
            Level = p.Level ?? string.Empty,
            Category = p.Category ?? string.Empty,
            AmountBand = p.AmountBand ?? string.Empty,
            CooperationMode = p.CooperationMode ?? string.Empty,
            Status = p.Status ?? string.Empty,
            Sort = p.Sort ?? string.Empty,
            Page = p.Page ?? 1,
            PageSize = p.PageSize ?? DefaultPageSize,
        };
    }
}
