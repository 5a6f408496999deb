using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SpecialtyTowns.Gateway.Api.Search;

namespace SpecialtyTowns.Gateway.Web.Search;

/// <summary>
/// A search page's whole state, read from and written to its query string (the REST search routes' names, plus
/// <c>kind</c>), so every result page is a plain, bookmarkable GET. Every link that refines, removes, sorts or pages
/// is this query changed in one place, back on page 1 unless paging. Its <see cref="Scope"/> says which page.
/// </summary>
public sealed record SearchPageQuery
{
    public const string Path = "/search";
    public const string ProjectKind = "project";
    public const string TownKind = "town";

    /// <summary>The /search page's filters in the order it shows them; each is also the name of the service's facet.</summary>
    public static IReadOnlyList<string> FilterNames => SearchScope.TownsAndProjects.FilterNames;

    public SearchScope Scope { get; init; } = SearchScope.TownsAndProjects;

    public string? Text { get; init; }

    /// <summary>One of the scope's kinds (<see cref="ProjectKind"/> or <see cref="TownKind"/> on /search).</summary>
    public string Kind { get; init; } = ProjectKind;

    /// <summary>Whether the address names the kind; when it does not, a search that finds only towns shows towns.</summary>
    public bool KindChosen { get; init; }

    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? Sort { get; init; }

    public int Page { get; init; } = 1;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Filters.Count == 0;

    /// <summary>Reads the /search page's query string; blank values are absent, anything else goes to the service to judge.</summary>
    public static SearchPageQuery From(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query) =>
        From(query, SearchScope.TownsAndProjects);

    /// <summary>Reads the query string of the scope's page.</summary>
    public static SearchPageQuery From(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query, SearchScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var values = query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in scope.FilterNames)
        {
            if (Value(values, name) is { } value)
            {
                filters[name] = value;
            }
        }

        return new SearchPageQuery
        {
            Scope = scope,
            Text = Value(values, "q"),
            Kind = Value(values, "kind") is { } kind && scope.Kinds.Contains(kind) ? kind : scope.DefaultKind,
            KindChosen = Value(values, "kind") is { } chosen && scope.Kinds.Contains(chosen),
            Filters = filters,
            Sort = Value(values, "sort"),
            Page = int.TryParse(Value(values, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        };
    }

    /// <summary>The REST search routes' parameters, mapped to the service's request by <see cref="SearchRequests"/>.</summary>
    public SearchParameters ToParameters(int? pageSize = null) => new(
        Text,
        Filter("industry"),
        Filter("city"),
        Filter("county"),
        Filter("level"),
        Filter("category"),
        Filter("amountBand"),
        Filter("cooperationMode"),
        Filter("status"),
        Sort,
        Page,
        pageSize);

    /// <summary>The filters set, in the page's order.</summary>
    public IEnumerable<KeyValuePair<string, string>> ActiveFilters() =>
        Scope.FilterNames.Where(Filters.ContainsKey).Select(name => new KeyValuePair<string, string>(name, Filters[name]));

    public string? Filter(string name) => Filters.GetValueOrDefault(name);

    public SearchPageQuery WithFilter(string name, string value) =>
        this with { Filters = new Dictionary<string, string>(Filters, StringComparer.Ordinal) { [name] = value }, Page = 1 };

    public SearchPageQuery WithoutFilter(string name)
    {
        var filters = new Dictionary<string, string>(Filters, StringComparer.Ordinal);
        filters.Remove(name);
        return this with { Filters = filters, Page = 1 };
    }

    public SearchPageQuery WithoutFilters() => this with { Filters = new Dictionary<string, string>(StringComparer.Ordinal), Page = 1 };

    public SearchPageQuery WithKind(string kind) => this with { Kind = kind, KindChosen = true, Page = 1 };

    public SearchPageQuery WithText(string? text) => this with { Text = text, Page = 1 };

    public SearchPageQuery WithPage(int page) => this with { Page = page };

    /// <summary>The page's address for this query: q first, defaults left out.</summary>
    public string Url()
    {
        var query = QueryPairs(includeText: true, includeSort: true).ToList();
        if (Page > 1)
        {
            query.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        return query.Count == 0 ? Scope.Path : QueryHelpers.AddQueryString(Scope.Path, query);
    }

    /// <summary>What the search form carries besides the text and the sort it asks for: the kind and the filters.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HiddenFields() => QueryPairs(includeText: false, includeSort: false);

    private IEnumerable<KeyValuePair<string, string?>> QueryPairs(bool includeText, bool includeSort)
    {
        if (includeText && !string.IsNullOrWhiteSpace(Text))
        {
            yield return new("q", Text);
        }

        if (Kind != Scope.DefaultKind || KindChosen)
        {
            yield return new("kind", Kind);
        }

        foreach (var (name, value) in ActiveFilters())
        {
            yield return new(name, value);
        }

        if (includeSort && !string.IsNullOrEmpty(Sort))
        {
            yield return new("sort", Sort);
        }
    }

    private static string? Value(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
