using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>Which of the service's facets the search page lists, in what order, with what values.</summary>
public static class SearchFacetGroups
{
    /// <summary>
    /// The facets that filter (the kind is the page's tabs), in the page's order, with the counts as the service gave
    /// them. An active value the service no longer counts is kept with 0, so it can still be seen and removed.
    /// </summary>
    public static IReadOnlyList<Facet> Shown(IEnumerable<Facet> facets, SearchPageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byName = facets.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var shown = new List<Facet>();
        foreach (var name in SearchPageQuery.FilterNames)
        {
            var facet = byName.TryGetValue(name, out var found) ? found.Clone() : new Facet { Name = name };
            if (query.Filter(name) is { } active && facet.Values.All(v => v.Value != active))
            {
                facet.Values.Add(new FacetValue { Value = active, Count = 0 });
            }

            if (facet.Values.Count > 0)
            {
                shown.Add(facet);
            }
        }

        return shown;
    }
}
