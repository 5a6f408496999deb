using Lucene.Net.Search;
using SpecialtyTowns.Towns.Search.Indexing;

namespace SpecialtyTowns.Towns.Search.Querying;

internal static class SortBuilder
{
    private static readonly SortField NewestFirst = new(SearchFields.PublishedAt, SortFieldType.INT64, true);
    private static readonly SortField ById = new(SearchFields.Id, SortFieldType.STRING);

    private static readonly Sort Relevance = new(SortField.FIELD_SCORE, NewestFirst, ById);
    private static readonly Sort Newest = new(NewestFirst, ById);
    private static readonly Sort Amount = new(new SortField(SearchFields.SortAmount, SortFieldType.INT64, true), NewestFirst, ById);

    public static Sort For(string sort) => sort switch
    {
        SearchSorts.Relevance => Relevance,
        SearchSorts.Newest => Newest,
        SearchSorts.Amount => Amount,
        _ => throw new ArgumentException($"Unknown sort '{sort}'.", nameof(SearchQuery.Sort)),
    };
}
