using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Search;

namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>The Towns index in Towns' own terms: typed queries and hits, ids as <see cref="Guid"/>.</summary>
public static class TownsSearchIndexExtensions
{
    /// <exception cref="ArgumentException">A value is out of bounds or not in its vocabulary; the parameter name says which.</exception>
    public static TownsSearchResult Search(this SearchIndex<SearchDocument> index, TownsSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        var result = index.Search(query.ToSearchQuery());
        return new TownsSearchResult([.. result.Items.Select(TownsSearchHit.From)], result.Total, result.Facets)
        {
            MatchedAllWords = result.MatchedAllWords,
            TotalWords = result.TotalWords,
        };
    }

    public static void Delete(this SearchIndex<SearchDocument> index, Guid id)
    {
        ArgumentNullException.ThrowIfNull(index);
        index.Delete(TownsSearchSchema.IdTerm(id));
    }
}
