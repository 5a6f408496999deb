using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.Application.Search;

/// <summary>
/// Result orders. Every order ends with the document id, so equal keys still page stably.
/// </summary>
public static class SearchSorts
{
    /// <summary>Best score first, then newest; without query text simply newest.</summary>
    public const string Relevance = "relevance";

    /// <summary>Latest <see cref="SearchDocument.PublishedAt"/> first.</summary>
    public const string Newest = "newest";

    /// <summary>Largest amount first (the upper bound, or the lower bound where only that is known); documents without an amount last.</summary>
    public const string Amount = "amount";

    public static IReadOnlyList<string> All { get; } = [Relevance, Newest, Amount];
}
