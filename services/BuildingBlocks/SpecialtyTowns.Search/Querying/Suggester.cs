using Lucene.Net.Index;
using Lucene.Net.Search;
using SpecialtyTowns.Search.Analysis;
using SpecialtyTowns.Search.Facets;
using SpecialtyTowns.Search.Indexing;
using SpecialtyTowns.ServiceDefaults.Validation;

namespace SpecialtyTowns.Search.Querying;

/// <summary>
/// Completions from the strings the schema offers. The suggest field finds the documents
/// (Chinese as "contains these characters", the last English word as a prefix); their
/// suggestion strings are counted over all of them, like a facet, and those that really
/// contain the typed text are ranked: starting with it first, then carried by more documents
/// (a place name by all the documents there), then shorter.
/// </summary>
/// <param name="analyzers">The index's analyzers.</param>
/// <param name="preferredSources">Which source a text carried by several sources is reported with, best first.</param>
internal sealed class Suggester(SearchAnalyzers analyzers, IReadOnlyList<string> preferredSources)
{
    public const int MaxPrefixLength = 50;
    public const int MaxSuggestions = 50;

    public static void Validate(string prefix, int max)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (string.IsNullOrWhiteSpace(prefix) || TextRule.Length(prefix) > MaxPrefixLength)
        {
            throw new ArgumentException($"prefix must be 1 to {MaxPrefixLength} characters and not blank.", nameof(prefix));
        }

        if (max is < 1 or > MaxSuggestions)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max must be between 1 and {MaxSuggestions}.");
        }
    }

    public IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, FacetLayout layout, string prefix, int max)
    {
        var typed = prefix.Trim();
        var query = BuildQuery(prefix);
        if (query is null)
        {
            return [];
        }

        var collector = new SuggestionCollector(layout);
        searcher.Search(query, collector);

        // The query matched the document; keep only its strings that themselves contain the text.
        return collector.Labels()
            .Where(label => label.Text.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .GroupBy(label => label.Text, StringComparer.Ordinal)
            .Select(group => (Text: group.Key, Source: SourceOf(group), Documents: group.Sum(l => l.Documents)))
            .OrderByDescending(s => s.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(s => s.Documents)
            .ThenBy(s => s.Text.Length)
            .ThenBy(s => s.Text, StringComparer.Ordinal)
            .Take(max)
            .Select(s => new Suggestion(s.Text, s.Source))
            .ToList();
    }

    /// <summary>The same text can come from several sources (a place's name and a document's title); the preferred one wins.</summary>
    private string SourceOf(IEnumerable<(string Source, string Text, int Documents)> labels)
    {
        var sources = labels.Select(l => l.Source).ToList();
        return preferredSources.FirstOrDefault(p => sources.Contains(p, StringComparer.Ordinal)) ?? sources[0];
    }

    internal Query? BuildQuery(string prefix)
    {
        var tokens = SearchAnalyzers.Analyze(analyzers.ChineseQuery, SearchFields.Suggest, prefix);
        var stillTyping = prefix.Length > 0 && !char.IsWhiteSpace(prefix[^1]);
        var root = new BooleanQuery();
        var index = 0;
        while (index < tokens.Count)
        {
            if (tokens[index].IsCjk)
            {
                root.Add(TextQueryBuilder.CjkPhrase(SearchFields.Suggest, TextQueryBuilder.TakeCjkRun(tokens, ref index)), Occur.MUST);
                continue;
            }

            var token = tokens[index++];
            var term = new Term(SearchFields.Suggest, token.Term);
            var isLast = index == tokens.Count && token.End == prefix.TrimEnd().Length;
            root.Add(isLast && stillTyping ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }

        return root.Clauses.Count == 0 ? null : root;
    }
}
