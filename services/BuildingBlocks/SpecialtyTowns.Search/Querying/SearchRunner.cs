using Lucene.Net.Search;
using SpecialtyTowns.Search.Analysis;
using SpecialtyTowns.Search.Facets;
using SpecialtyTowns.Search.Highlighting;
using SpecialtyTowns.Search.Indexing;

namespace SpecialtyTowns.Search.Querying;

/// <summary>
/// Runs a validated query on one snapshot: every word required first; when fewer documents than the query's
/// <see cref="SearchQuery.PartialMatchThreshold"/> match them all, the documents that match any word, ordered by how
/// many they match and then by the query's sort, with the facets counted over them. In that fallback a Latin word
/// that matches no document is looked for as the start of longer words ("glass" in "glassware").
/// </summary>
internal sealed class SearchRunner<TDocument>(SearchSchema<TDocument> schema, SearchAnalyzers analyzers)
{
    private readonly List<string> _returned = [.. schema.StoredFields.Select(f => f.Name), .. schema.TextFields.Where(f => f.Stored).Select(f => f.Name)];
    private readonly List<(string Name, SearchLanguage Language)> _highlighted = [.. schema.TextFields.Where(f => f.Highlight).Select(f => (f.Name, f.Language))];

    public SearchResult Search(IndexSearcher searcher, SearchQuery query, TextQuery? text)
    {
        var selected = schema.Facets.Select(d => query.Filters.GetValueOrDefault(d.Name)).ToArray();
        var sort = schema.LuceneSort(query.Sort ?? schema.SortNames[0], hasText: text is not null);
        var words = text?.Words.Count ?? 0;
        var all = Collect(searcher, query, text?.Query ?? new MatchAllDocsQuery(), sort, selected, partial: false);
        if (text is null || all.Total >= query.PartialMatchThreshold || text.RelaxedWords(searcher) is not { } relaxed)
        {
            return Result(searcher, all, text, words, _ => words, matchedAllWords: true);
        }

        var partial = Collect(searcher, query, TextQuery.AnyOf(relaxed), MatchedWordsSort.Before(searcher, relaxed, sort), selected, partial: true);
        if (partial.Total == all.Total)
        {
            // Every document that matches a word matches them all: the first pass's answer stands.
            return Result(searcher, all, text, words, _ => words, matchedAllWords: true);
        }

        return Result(searcher, partial, text, words, hit => ((J2N.Numerics.Int32)((FieldDoc)hit).Fields[0]).ToInt32(), matchedAllWords: false);
    }

    /// <summary>The first <paramref name="count"/> hits of the every-word pass in the query's order, with the values of <paramref name="fields"/>; nothing else.</summary>
    public IReadOnlyList<SearchHit> Top(IndexSearcher searcher, SearchQuery query, TextQuery? text, int count, IReadOnlyList<string> fields)
    {
        var selected = schema.Facets.Select(d => query.Filters.GetValueOrDefault(d.Name)).ToArray();
        var lucene = text?.Query ?? new MatchAllDocsQuery();
        var top = TopFieldCollector.Create(
            schema.LuceneSort(query.Sort ?? schema.SortNames[0], hasText: text is not null),
            count,
            fillFields: false,
            trackDocScores: text is not null,
            trackMaxScore: false,
            docsScoredInOrder: true);

        // IndexSearcher.Search's loop, but with the filters as the scorer's accepted documents (FilterBits): documents
        // of other kinds or statuses are skipped in the postings instead of scored and then dropped by a collector.
        // The documents collected, their order and their scores are those of the filtered search.
        var weight = searcher.CreateNormalizedWeight(lucene);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var (anyCan, accepted) = FilterBits.For(schema.Layout.For(reader), selected, reader.LiveDocs, reader.MaxDoc);
            top.SetNextReader(leaf);
            if (!anyCan || weight.GetScorer(leaf, accepted) is not { } scorer)
            {
                continue;
            }

            top.SetScorer(scorer);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                top.Collect(doc);
            }
        }

        return [.. top.GetTopDocs().ScoreDocs.Select(hit =>
        {
            var (id, values) = HitValues.Read(searcher, hit.Doc, fields);
            return new SearchHit(id, float.IsNaN(hit.Score) ? 0f : hit.Score, null, values);
        })];
    }

    private Collected Collect(IndexSearcher searcher, SearchQuery query, Query lucene, Sort sort, string?[] selected, bool partial)
    {
        var top = TopFieldCollector.Create(
            sort,
            query.Page * query.PageSize,
            fillFields: partial,
            trackDocScores: lucene is not MatchAllDocsQuery,
            trackMaxScore: false,
            docsScoredInOrder: true);
        var collector = new DrillSidewaysCollector(schema.Layout, top, selected);
        searcher.Search(lucene, collector);
        return new Collected(top.GetTopDocs((query.Page - 1) * query.PageSize, query.PageSize), collector.TotalHits, collector.Facets());
    }

    private SearchResult Result(IndexSearcher searcher, Collected collected, TextQuery? text, int words, Func<ScoreDoc, int> matched, bool matchedAllWords)
    {
        var items = collected.Page.ScoreDocs.Select(hit => ToHit(searcher, hit, text) with { MatchedWords = matched(hit) }).ToList();
        return new SearchResult(items, collected.Total, collected.Facets) { MatchedAllWords = matchedAllWords, TotalWords = words };
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, TextQuery? text)
    {
        var (id, fields) = HitValues.Read(searcher, hit.Doc, _returned);
        string? highlight = null;
        if (text is not null)
        {
            highlight = SnippetHighlighter.Best(_highlighted.Select(f => new SnippetHighlighter.Candidate(
                fields.GetValueOrDefault(f.Name),
                analyzers.IndexAnalyzer(f.Language),
                f.Name,
                f.Language == SearchLanguage.English ? text.EnglishTerms : text.ChineseTerms,
                Stemmed: f.Language == SearchLanguage.English)));
        }

        return new SearchHit(id, float.IsNaN(hit.Score) ? 0f : hit.Score, highlight, fields);
    }

    private sealed record Collected(TopDocs Page, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
}
