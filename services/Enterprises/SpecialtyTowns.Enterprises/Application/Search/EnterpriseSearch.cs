using SpecialtyTowns.Enterprises.Infrastructure.Search;
using SpecialtyTowns.Search;

namespace SpecialtyTowns.Enterprises.Application.Search;

/// <summary>
/// The public search over this replica's index: enterprises, gaps (withdrawn ones never: the index holds none) and
/// suggestions. Anyone may search, so it takes no acting identity.
/// </summary>
public sealed class EnterpriseSearch(SearchIndex<SearchDocument> index)
{
    /// <exception cref="ArgumentException">A value is out of bounds or not in its vocabulary, or the kind is not "enterprise".</exception>
    public EnterprisesSearchResult SearchEnterprises(EnterprisesSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Enterprises have no status (the contract says the filter is ignored for them).
        return Search(OfKind(query with { Status = null }, SearchKinds.Enterprise));
    }

    /// <exception cref="ArgumentException">A value is out of bounds or not in its vocabulary, or the kind is not "gap".</exception>
    public EnterprisesSearchResult SearchGaps(EnterprisesSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Only enterprises are leading ones; the filter is for enterprises only.
        return Search(OfKind(query with { Leading = null }, SearchKinds.Gap));
    }

    /// <exception cref="ArgumentException">The prefix is blank or too long, or max is out of 1..50.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int max) => index.Suggest(prefix, max);

    private EnterprisesSearchResult Search(EnterprisesSearchQuery query)
    {
        var result = index.Search(query.ToSearchQuery());
        var facets = result.Facets
            .Where(f => SearchFacets.Shown.Contains(f.Key, StringComparer.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new EnterprisesSearchResult([.. result.Items.Select(EnterprisesSearchHit.From)], result.Total, facets, Partial: !result.MatchedAllWords);
    }

    private static EnterprisesSearchQuery OfKind(EnterprisesSearchQuery query, string kind)
    {
        if (query.Kind is not null && query.Kind != kind)
        {
            throw new ArgumentException($"This search finds only kind '{kind}'.", SearchFacets.Kind);
        }

        return query with { Kind = kind };
    }
}
