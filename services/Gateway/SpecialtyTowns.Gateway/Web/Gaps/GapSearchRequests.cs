using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Search;

namespace SpecialtyTowns.Gateway.Web.Gaps;

/// <summary>
/// The /gaps page's query as the Enterprises service's <see cref="SearchRequest"/>, and the service's facets under the
/// page's filter names (the REST routes' query keys).
/// </summary>
public static class GapSearchRequests
{
    public const string GapKind = "gap";
    public const string EnterpriseKind = "enterprise";
    public const int PageSize = 20;

    // The service names facets after its request fields; the page after the REST query keys.
    private static readonly Dictionary<string, string> FacetAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["town"] = "townId",
        ["town_id"] = "townId",
        ["chain_position"] = "chainPosition",
        ["position"] = "chainPosition",
        ["industry_code"] = "industry",
        ["industryCode"] = "industry",
    };

    public static SearchRequest From(SearchPageQuery query, int? pageSize = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new SearchRequest
        {
            Kind = query.Kind,
            Text = query.Text?.Trim() ?? string.Empty,
            Industry = query.Filter("industry") ?? string.Empty,
            TownId = query.Filter("townId") ?? string.Empty,
            City = query.Filter("city") ?? string.Empty,
            ChainPosition = query.Filter("chainPosition") ?? string.Empty,
            // Enterprises have no status; a gap status carried over from the gaps tab would only be ignored.
            Status = query.Kind == GapKind ? query.Filter("status") ?? string.Empty : string.Empty,
            Sort = query.Sort ?? string.Empty,
            Page = query.Page,
            PageSize = pageSize ?? PageSize,
        };
    }

    /// <summary>The service's facets under the page's names (town → townId, chain_position → chainPosition).</summary>
    public static IEnumerable<Facet> Renamed(IEnumerable<Facet> facets) => facets.Select(facet =>
    {
        if (!FacetAliases.TryGetValue(facet.Name, out var name))
        {
            return facet;
        }

        var renamed = facet.Clone();
        renamed.Name = name;
        return renamed;
    });
}
