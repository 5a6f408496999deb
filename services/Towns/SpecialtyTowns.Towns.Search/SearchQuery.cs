namespace SpecialtyTowns.Towns.Search;

/// <summary>
/// A search request. Every filter is optional and all given filters must hold. Text is Chinese,
/// English or mixed: each Chinese run and each English word must match somewhere in the
/// document; see <c>TextQueryBuilder</c> for the exact rule.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxPageSize = 100;

    /// <summary>Deepest result reachable by paging, as in most search engines; narrow the query to go further.</summary>
    public const int MaxResultWindow = 10_000;

    public const int MaxTextLength = 200;

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
}
