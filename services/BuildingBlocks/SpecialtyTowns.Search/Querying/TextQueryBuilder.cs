using Lucene.Net.Index;
using Lucene.Net.Search;
using SpecialtyTowns.Search.Analysis;

namespace SpecialtyTowns.Search.Querying;

/// <summary>
/// Turns query text into a Lucene query. The text splits into words: Chinese runs and other words.
/// Every word must match (AND), each in any field; <see cref="TextQuery.Words"/> keeps each word's
/// clause alone for the partial-match fallback, which counts the words a document matches and may
/// take a word found nowhere as the start of longer words ("glass" for "glassware"):
/// <list type="bullet">
/// <item>A one-character run matches that character. A run of n characters has n-1 bigrams, of
/// which ceil(n/2) must occur in one field: "法兰项目" needs 法兰 and 项目 but not the junction
/// 兰项, so words typed without spaces still match. The whole run as a phrase scores higher.</item>
/// <item>A word matches its Porter stem in the English fields or the word itself in the Chinese
/// fields (which keep Latin words unstemmed). English stop words are dropped.</item>
/// </list>
/// Each field weighs its schema boost. Text with nothing searchable matches everything.
/// </summary>
/// <param name="analyzers">The index's analyzers.</param>
/// <param name="chineseFields">The Chinese text fields with their boosts, in the schema's order.</param>
/// <param name="englishFields">The English text fields with their boosts, in the schema's order.</param>
internal sealed class TextQueryBuilder(
    SearchAnalyzers analyzers,
    IReadOnlyList<(string Field, float Boost)> chineseFields,
    IReadOnlyList<(string Field, float Boost)> englishFields)
{
    // The analyzers read no field name; these only label the token streams.
    private const string ChineseQueryField = "query_zh";
    private const string EnglishQueryField = "query_en";

    // Shorter prefixes ("gl", "ca") would match too many unrelated words to be a useful relaxation.
    private const int MinPrefixLength = 4;

    public TextQuery? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = SearchAnalyzers.Analyze(analyzers.ChineseQuery, ChineseQueryField, text);
        var root = new BooleanQuery();
        var words = new List<QueryWord>();
        var chineseTerms = new HashSet<string>(StringComparer.Ordinal);
        var englishTerms = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        while (index < tokens.Count)
        {
            if (tokens[index].IsCjk)
            {
                var run = TakeCjkRun(tokens, ref index);
                words.Add(new QueryWord(CjkClause(run), null));
                chineseTerms.UnionWith(run.Select(t => t.Term));
                continue;
            }

            var word = tokens[index++].Term;
            var stems = SearchAnalyzers.Analyze(analyzers.English, EnglishQueryField, word).Select(t => t.Term).ToList();
            if (stems.Count == 0)
            {
                continue;
            }

            words.Add(new QueryWord(WordClause(word, stems), word.Length >= MinPrefixLength ? PrefixClause(word) : null));
            chineseTerms.Add(word);
            englishTerms.UnionWith(stems);
        }

        foreach (var word in words)
        {
            root.Add(word.Clause, Occur.MUST);
        }

        return words.Count == 0 ? null : new TextQuery(root, words, chineseTerms, englishTerms);
    }

    /// <summary>Consecutive overlapping bigrams come from one unbroken run of Chinese characters.</summary>
    internal static List<AnalyzedToken> TakeCjkRun(List<AnalyzedToken> tokens, ref int index)
    {
        var run = new List<AnalyzedToken> { tokens[index++] };
        while (index < tokens.Count
            && tokens[index].Type == "<DOUBLE>"
            && run[^1].Type == "<DOUBLE>"
            && tokens[index].Start < run[^1].End)
        {
            run.Add(tokens[index++]);
        }

        return run;
    }

    /// <summary>A run of bigrams must all occur as a phrase: "contains this text".</summary>
    internal static Query CjkPhrase(string field, List<AnalyzedToken> run)
    {
        if (run.Count == 1)
        {
            return new TermQuery(new Term(field, run[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var token in run)
        {
            phrase.Add(new Term(field, token.Term), token.Position - run[0].Position);
        }

        return phrase;
    }

    private BooleanQuery CjkClause(List<AnalyzedToken> run)
    {
        var clause = new BooleanQuery();
        foreach (var (field, boost) in chineseFields)
        {
            clause.Add(CjkFieldQuery(field, run, boost), Occur.SHOULD);
        }

        return clause;
    }

    private static Query CjkFieldQuery(string field, List<AnalyzedToken> run, float boost)
    {
        if (run.Count == 1)
        {
            return new TermQuery(new Term(field, run[0].Term)) { Boost = boost };
        }

        var enough = new BooleanQuery { MinimumNumberShouldMatch = (run.Count + 2) / 2 };
        foreach (var token in run)
        {
            enough.Add(new TermQuery(new Term(field, token.Term)), Occur.SHOULD);
        }

        var query = new BooleanQuery { Boost = boost };
        query.Add(enough, Occur.MUST);
        query.Add(CjkPhrase(field, run), Occur.SHOULD);
        return query;
    }

    private BooleanQuery WordClause(string word, List<string> stems)
    {
        var clause = new BooleanQuery();
        foreach (var (field, boost) in englishFields)
        {
            Query query = stems.Count == 1 ? new TermQuery(new Term(field, stems[0])) : Phrase(field, stems);
            query.Boost = boost;
            clause.Add(query, Occur.SHOULD);
        }

        foreach (var (field, boost) in chineseFields)
        {
            clause.Add(new TermQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
        }

        return clause;
    }

    /// <summary>The word as the start of a longer word, in the Chinese fields, which keep Latin words unstemmed.</summary>
    private BooleanQuery PrefixClause(string word)
    {
        var clause = new BooleanQuery();
        foreach (var (field, boost) in chineseFields)
        {
            clause.Add(new PrefixQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
        }

        return clause;
    }

    private static PhraseQuery Phrase(string field, List<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }
}
