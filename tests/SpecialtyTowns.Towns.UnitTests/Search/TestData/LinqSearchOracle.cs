using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Towns.UnitTests.Search.TestData;

/// <summary>
/// What a search should return, computed by brute force over the same documents: text as
/// "some Chinese field contains this word", filters as plain comparisons, and each facet over
/// the documents passing every filter but its own.
/// </summary>
public static class LinqSearchOracle
{
    public static List<SearchDocument> Matches(IEnumerable<SearchDocument> documents, TownsSearchQuery query) =>
        documents.Where(d => MatchesText(d, query.Text) && PassesFilters(d, query, exceptFacet: null)).ToList();

    public static Dictionary<string, int> Facet(IEnumerable<SearchDocument> documents, TownsSearchQuery query, string facet) =>
        documents
            .Where(d => MatchesText(d, query.Text) && PassesFilters(d, query, exceptFacet: facet))
            .SelectMany(d => Values(d, facet))
            .GroupBy(v => v)
            .ToDictionary(g => g.Key, g => g.Count());

    private static bool MatchesText(SearchDocument document, string? word)
    {
        if (word is null)
        {
            return true;
        }

        IEnumerable<string?> fields = [document.Title, document.Text, document.TownName, document.City, document.County, .. document.Keywords];
        return fields.Any(f => f?.Contains(word, StringComparison.Ordinal) == true);
    }

    private static bool PassesFilters(SearchDocument d, TownsSearchQuery q, string? exceptFacet)
    {
        bool Check(string facet, string? selected, Func<string, bool> passes) =>
            facet == exceptFacet || selected is null || passes(selected);

        return Check(SearchFacets.Kind, q.Kind, v => d.Kind == v)
            && Check(SearchFacets.Industry, q.Industry, v => d.Industry?.StartsWith(v, StringComparison.Ordinal) == true)
            && Check(SearchFacets.City, q.City, v => d.City == v)
            && Check(SearchFacets.County, q.County, v => d.County == v)
            && Check(SearchFacets.Level, q.Level, v => d.Level == v)
            && Check(SearchFacets.Category, q.Category, v => d.Category == v)
            && Check(SearchFacets.AmountBand, q.AmountBand, v => Band(d) == v)
            && Check(SearchFacets.CooperationMode, q.CooperationMode, d.CooperationModes.Contains)
            && Check(SearchFacets.Status, q.Status, v => d.Status == v);
    }

    private static IEnumerable<string> Values(SearchDocument d, string facet)
    {
        IEnumerable<string?> values = facet switch
        {
            SearchFacets.Kind => [d.Kind],
            SearchFacets.Industry => [d.Industry],
            SearchFacets.City => [d.City],
            SearchFacets.County => [d.County],
            SearchFacets.Level => [d.Level],
            SearchFacets.Category => [d.Category],
            SearchFacets.AmountBand => [Band(d)],
            SearchFacets.CooperationMode => [.. d.CooperationModes],
            SearchFacets.Status => [d.Status],
            _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, null),
        };
        return values.OfType<string>();
    }

    // Written out again rather than calling AmountBands, so a wrong boundary there shows up here.
    private static string? Band(SearchDocument d) => (d.AmountMaxFen ?? d.AmountMinFen) switch
    {
        null => null,
        < 1_000_000_000L => "<10m",
        < 10_000_000_000L => "10m-100m",
        < 100_000_000_000L => "100m-1b",
        _ => ">=1b",
    };
}
