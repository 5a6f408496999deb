using Lucene.Net.Search;

namespace SpecialtyTowns.Search.Querying;

/// <summary>
/// The Lucene query for the user's text (every word required), each word's own clauses, and the terms to highlight
/// in each analysis.
/// </summary>
internal sealed record TextQuery(Query Query, IReadOnlyList<QueryWord> Words, IReadOnlySet<string> ChineseTerms, IReadOnlySet<string> EnglishTerms)
{
    /// <summary>
    /// Each word's query for the partial-match fallback: its own clause, or where that matches no document in the
    /// index, its prefix clause. The second is null when relaxing changes nothing: a single word with no prefix
    /// to fall back on.
    /// </summary>
    public IReadOnlyList<Query>? RelaxedWords(IndexSearcher searcher)
    {
        var relaxed = false;
        var words = new List<Query>(Words.Count);
        foreach (var word in Words)
        {
            if (word.Prefix is not null && !Matches(searcher, word.Clause))
            {
                words.Add(word.Prefix);
                relaxed = true;
            }
            else
            {
                words.Add(word.Clause);
            }
        }

        return words.Count > 1 || relaxed ? words : null;
    }

    /// <summary>Documents matching at least one of <paramref name="words"/>, scored by the words they match.</summary>
    public static Query AnyOf(IReadOnlyList<Query> words)
    {
        var any = new BooleanQuery();
        foreach (var word in words)
        {
            any.Add(word, Occur.SHOULD);
        }

        return any;
    }

    private static bool Matches(IndexSearcher searcher, Query clause)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(clause, count);
        return count.TotalHits > 0;
    }
}
