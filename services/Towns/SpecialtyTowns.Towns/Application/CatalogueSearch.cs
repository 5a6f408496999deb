using SpecialtyTowns.Search;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.Application;

/// <summary>
/// The public search over this replica's index: towns, projects (public ones only: the index holds no others) and
/// suggestions. Anyone may search, so it takes no acting identity.
/// </summary>
public sealed class CatalogueSearch(SearchIndex<SearchDocument> index)
{
    /// <exception cref="ArgumentException">A value is out of bounds or not in its vocabulary, or the kind is not "town".</exception>
    public TownsSearchResult SearchTowns(TownsSearchQuery query) => index.Search(OfKind(query, SearchKinds.Town));

    /// <exception cref="ArgumentException">A value is out of bounds or not in its vocabulary, or the kind is not "project".</exception>
    public TownsSearchResult SearchProjects(TownsSearchQuery query) => index.Search(OfKind(query, SearchKinds.Project));

    /// <exception cref="ArgumentException">The prefix is blank or too long, or max is out of 1..50.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int max) => index.Suggest(prefix, max);

    private static TownsSearchQuery OfKind(TownsSearchQuery query, string kind)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Kind is not null && query.Kind != kind)
        {
            throw new ArgumentException($"This search finds only kind '{kind}'.", SearchFacets.Kind);
        }

        return query with { Kind = kind };
    }
}
