using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace SpecialtyTowns.Search.Analysis;

/// <summary>The analyzers of one index. Lucene analyzers reuse per-thread state, so one set serves all threads.</summary>
internal sealed class SearchAnalyzers : IDisposable
{
    /// <param name="englishFields">The fields analysed as English; every other field is analysed as Chinese.</param>
    public SearchAnalyzers(IEnumerable<string> englishFields)
    {
        var perField = englishFields.ToDictionary(f => f, Analyzer (_) => English);
        Index = new PerFieldAnalyzerWrapper(ChineseIndex, perField);
    }

    /// <summary>Bigrams and single characters, for the Chinese fields at index time.</summary>
    public ChineseAnalyzer ChineseIndex { get; } = new(outputUnigrams: true);

    /// <summary>Bigrams only (a lone character stays a unigram), for query text.</summary>
    public ChineseAnalyzer ChineseQuery { get; } = new(outputUnigrams: false);

    /// <summary>Stop words removed, possessives dropped, Porter stemming ("flanges" and "flange" meet).</summary>
    public EnglishAnalyzer English { get; } = new(ChineseAnalyzer.Version);

    /// <summary>What the index writer uses: English analysis for the English fields, Chinese for the rest.</summary>
    public PerFieldAnalyzerWrapper Index { get; }

    /// <summary>The index-time analyzer of a text field of <paramref name="language"/>.</summary>
    public Analyzer IndexAnalyzer(SearchLanguage language) => language == SearchLanguage.English ? English : ChineseIndex;

    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), type.Type, offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        Index.Dispose();
        ChineseIndex.Dispose();
        ChineseQuery.Dispose();
        English.Dispose();
    }
}
