using TownFacet = SpecialtyTowns.Towns.V1.Facet;
using EnterpriseFacet = SpecialtyTowns.Enterprises.V1.Facet;

namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>Which of the service's facets a search page lists, in what order, with what values.</summary>
public static class SearchFacetGroups
{
    /// <summary>
    /// The facets that filter (the kind is the page's tabs), in the page's order, with the counts as the service gave
    /// them. An active value the service no longer counts is kept with 0, so it can still be seen and removed.
    /// </summary>
    public static IReadOnlyList<ShownFacet> Shown(IEnumerable<TownFacet> facets, SearchPageQuery query) =>
        Shown(facets.Select(f => (f.Name, f.Values.Select(v => new ShownFacetValue(v.Value, v.Count)))), query);

    /// <inheritdoc cref="Shown(IEnumerable{TownFacet}, SearchPageQuery)"/>
    public static IReadOnlyList<ShownFacet> Shown(IEnumerable<EnterpriseFacet> facets, SearchPageQuery query) =>
        Shown(facets.Select(f => (f.Name, f.Values.Select(v => new ShownFacetValue(v.Value, v.Count)))), query);

    private static List<ShownFacet> Shown(IEnumerable<(string Name, IEnumerable<ShownFacetValue> Values)> facets, SearchPageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byName = facets.ToDictionary(f => f.Name, f => f.Values.ToList(), StringComparer.Ordinal);
        var shown = new List<ShownFacet>();
        foreach (var name in query.Scope.FilterNames)
        {
            var values = byName.TryGetValue(name, out var found) ? found : [];
            if (query.Filter(name) is { } active && values.All(v => v.Value != active))
            {
                values.Add(new ShownFacetValue(active, 0));
            }

            if (values.Count > 0)
            {
                shown.Add(new ShownFacet(name, values));
            }
        }

        return shown;
    }
}
