namespace SpecialtyTowns.Towns.Search.Querying;

/// <summary>
/// Bounds and closed vocabularies. Open vocabularies (city, county, cooperation mode) are not
/// checked: an unknown value is a valid filter that matches nothing.
/// </summary>
internal static class SearchQueryValidator
{
    public const int MaxFilterLength = 200;

    public static void Validate(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SearchQuery.Page), query.Page, "Page starts at 1.");
        }

        if (query.PageSize is < 1 or > SearchQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(SearchQuery.PageSize), query.PageSize, $"PageSize must be between 1 and {SearchQuery.MaxPageSize}.");
        }

        if ((long)query.Page * query.PageSize > SearchQuery.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException(
                nameof(SearchQuery.Page), query.Page, $"Paging stops at result {SearchQuery.MaxResultWindow}; narrow the query.");
        }

        if (query.Text?.Length > SearchQuery.MaxTextLength)
        {
            throw new ArgumentException($"Text is longer than {SearchQuery.MaxTextLength} characters.", nameof(SearchQuery.Text));
        }

        OneOf(query.Sort, SearchSorts.All, nameof(SearchQuery.Sort), allowNull: false);
        OneOf(query.Kind, SearchKinds.All, nameof(SearchQuery.Kind));
        OneOf(query.Level, TownLevels.All, nameof(SearchQuery.Level));
        OneOf(query.Category, TownCategories.All, nameof(SearchQuery.Category));
        OneOf(query.AmountBand, AmountBands.All, nameof(SearchQuery.AmountBand));
        OneOf(query.Status, ProjectStatuses.All, nameof(SearchQuery.Status));
        if (query.Industry is not null && !IndustryCodes.IsValid(query.Industry))
        {
            throw new ArgumentException($"Industry '{query.Industry}' is not a GB/T 4754 code.", nameof(SearchQuery.Industry));
        }

        Bounded(query.City, nameof(SearchQuery.City));
        Bounded(query.County, nameof(SearchQuery.County));
        Bounded(query.CooperationMode, nameof(SearchQuery.CooperationMode));
    }

    private static void OneOf(string? value, IReadOnlyList<string> allowed, string name, bool allowNull = true)
    {
        if (value is null && allowNull)
        {
            return;
        }

        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name} '{value}' is not one of: {string.Join(", ", allowed)}.", name);
        }
    }

    private static void Bounded(string? value, string name)
    {
        if (value is not null && (value.Length == 0 || value.Length > MaxFilterLength))
        {
            throw new ArgumentException($"{name} must be 1 to {MaxFilterLength} characters.", name);
        }
    }
}
