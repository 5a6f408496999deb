using SpecialtyTowns.Search;

namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>
/// A search over enterprises or gaps with the filters by name; <see cref="ToSearchQuery"/> gives the engine's query,
/// whose validation names a bad filter by its facet name (<see cref="SearchFacets"/>).
/// </summary>
public sealed record EnterprisesSearchQuery
{
    public string? Text { get; init; }

    /// <summary>A <see cref="SearchKinds"/> value.</summary>
    public string? Kind { get; init; }

    /// <summary>A GB/T 4754 code; matches that code and every code below it.</summary>
    public string? Industry { get; init; }

    public string? TownId { get; init; }

    public string? City { get; init; }

    /// <summary>A <see cref="ChainPositions"/> value.</summary>
    public string? ChainPosition { get; init; }

    /// <summary>A <see cref="GapStatuses"/> value; none means gaps still open (open or in talks).</summary>
    public string? Status { get; init; }

    /// <summary>"true" or "false".</summary>
    public string? Leading { get; init; }

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
            (SearchFacets.TownId, Guid.TryParse(TownId, out var townId) ? townId.ToString() : TownId),
            (SearchFacets.City, City),
            (SearchFacets.ChainPosition, ChainPosition),
            (SearchFacets.Status, Status),
            (SearchFacets.Leading, Leading),
            (SearchFacets.Active, Kind == SearchKinds.Gap && Status is null ? "true" : null),
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
