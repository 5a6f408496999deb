using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.Application.Search;

/// <summary>
/// A search over towns and projects with Towns' filters by name; <see cref="ToSearchQuery"/> gives the engine's
/// query, whose validation names a bad filter by its facet name (<see cref="SearchFacets"/>).
/// </summary>
public sealed record TownsSearchQuery
{
    public string? Text { get; init; }

    /// <summary>A <see cref="SearchKinds"/> value.</summary>
    public string? Kind { get; init; }

    /// <summary>A GB/T 4754 code; matches that code and every code below it ("C" matches "C33").</summary>
    public string? Industry { get; init; }

    public string? City { get; init; }

    public string? County { get; init; }

    /// <summary>A <see cref="TownLevels"/> value.</summary>
    public string? Level { get; init; }

    /// <summary>A <see cref="TownCategories"/> value.</summary>
    public string? Category { get; init; }

    /// <summary>An <see cref="AmountBands"/> value.</summary>
    public string? AmountBand { get; init; }

    public string? CooperationMode { get; init; }

    /// <summary>A <see cref="ProjectStatuses"/> value.</summary>
    public string? Status { get; init; }

    /// <summary>A <see cref="SearchSorts"/> value.</summary>
    public string Sort { get; init; } = SearchSorts.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    public SearchQuery ToSearchQuery()
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (facet, value) in new[]
        {
            (SearchFacets.Kind, Kind),
            (SearchFacets.Industry, Industry),
            (SearchFacets.City, City),
            (SearchFacets.County, County),
            (SearchFacets.Level, Level),
            (SearchFacets.Category, Category),
            (SearchFacets.AmountBand, AmountBand),
            (SearchFacets.CooperationMode, CooperationMode),
            (SearchFacets.Status, Status),
        })
        {
            if (value is not null)
            {
                filters[facet] = value;
            }
        }

        return new SearchQuery { Text = Text, Filters = filters, Sort = Sort, Page = Page, PageSize = PageSize };
    }
}
