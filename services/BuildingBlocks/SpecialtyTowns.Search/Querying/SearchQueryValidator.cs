using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Search.Querying;

/// <summary>
/// Bounds, the schema's sorts and facets, and each facet's vocabulary and rule. A parameter is named as the query
/// has it: "page", "pageSize", "text", "sort", or the facet's name.
/// </summary>
internal static class SearchQueryValidator
{
    public static void Validate<TDocument>(SearchSchema<TDocument> schema, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1)
        {
            throw new ArgumentOutOfRangeException("page", query.Page, "Page starts at 1.");
        }

        if (query.PageSize is < 1 or > SearchQuery.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException("pageSize", query.PageSize, $"PageSize must be between 1 and {SearchQuery.MaxPageSize}.");
        }

        if ((long)query.Page * query.PageSize > SearchQuery.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException("page", query.Page, $"Paging stops at result {SearchQuery.MaxResultWindow}; narrow the query.");
        }

        if (query.PartialMatchThreshold is < 0 or > SearchQuery.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException("partialMatchThreshold", query.PartialMatchThreshold, $"PartialMatchThreshold must be between 0 and {SearchQuery.MaxResultWindow}.");
        }

        if (TextRule.Length(query.Text) > SearchQuery.MaxTextLength)
        {
            throw new ArgumentException($"Text is longer than {SearchQuery.MaxTextLength} characters.", "text");
        }

        if (query.Sort is not null)
        {
            OneOf(query.Sort, schema.SortNames, "sort");
        }

        foreach (var (name, value) in query.Filters)
        {
            var dimension = schema.Facets.FirstOrDefault(f => f.Name == name)
                ?? throw new ArgumentException($"There is no facet '{name}' to filter on.", name);
            if (value is null || value.Length == 0 || TextRule.Length(value) > SearchQuery.MaxFilterLength)
            {
                throw new ArgumentException($"{name} must be 1 to {SearchQuery.MaxFilterLength} characters.", name);
            }

            if (dimension.Vocabulary is not null)
            {
                OneOf(value, dimension.Vocabulary, name);
            }

            if (dimension.CheckFilter?.Invoke(value) is { } error)
            {
                throw new ArgumentException(error, name);
            }
        }
    }

    private static void OneOf(string value, IReadOnlyList<string> allowed, string name)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{name} '{value}' is not one of: {string.Join(", ", allowed)}.", name);
        }
    }
}
