using SpecialtyTowns.Search.Analysis;
using SpecialtyTowns.Search.Highlighting;

namespace SpecialtyTowns.Search.UnitTests.Highlighting;

/// <summary>The check that lets the highlighter skip analysing a field no term can occur in.</summary>
public sealed class SnippetPrefilterTests : IDisposable
{
    private readonly SearchAnalyzers _analyzers = new([]);

    [Theory]
    [InlineData("Relational databases")]
    [InlineData("Mobility of the workforce")]
    [InlineData("generalization")]
    [InlineData("Happily ever after")]
    [InlineData("Possibly the conditional")]
    [InlineData("filing the ponies' hopping")]
    [InlineData("Sensibility")]
    public void MayMatch_WhenAWordOfTheTextStemsToATerm_SaysItMay(string text)
    {
        var stems = SearchAnalyzers.Analyze(_analyzers.English, "f", text).Select(t => t.Term).ToList();

        var each = stems.Select(stem => SnippetHighlighter.MayMatch(text, new HashSet<string> { stem }, stemmed: true));

        Assert.NotEmpty(stems);
        Assert.All(each, Assert.True);
    }

    [Fact]
    public void MayMatch_WhenNoTermOccurs_SaysItCannot()
    {
        var terms = new HashSet<string> { "玻璃", "flange" };

        var may = SnippetHighlighter.MayMatch("清徐老陈醋 aged vinegar", terms, stemmed: false);

        Assert.False(may);
    }

    [Fact]
    public void MayMatch_WhenTheTextHasFullWidthLetters_LeavesItToTheAnalyzer()
    {
        var terms = new HashSet<string> { "flange" };

        var may = SnippetHighlighter.MayMatch("ＦＬＡＮＧＥ", terms, stemmed: false);

        Assert.True(may);
        Assert.Contains("<em>", SnippetHighlighter.Best([new("ＦＬＡＮＧＥ", _analyzers.ChineseIndex, "f", terms)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("祁县玻璃器皿专业镇，玻璃玻璃", "玻璃", "璃器", "祁")]
    [InlineData("醋醋醋 vinegar 老陈醋", "醋醋", "醋")]
    [InlineData("法 兰，法兰5G基站", "法兰", "基站", "兰")]
    public void HanMatches_WhenTermsAreHanCharacters_FindWhatTheChineseAnalysisMatches(string text, params string[] terms)
    {
        var set = new HashSet<string>(terms, StringComparer.Ordinal);
        var analysed = SearchAnalyzers.Analyze(_analyzers.ChineseIndex, "f", text).Where(t => set.Contains(t.Term)).Select(t => (t.Term, t.Start, t.End));

        var found = SnippetHighlighter.HanMatches(text, set).Select(t => (t.Term, t.Start, t.End));

        Assert.True(SnippetHighlighter.IsHanOnly(set));
        Assert.Equal(analysed.Order(), found.Order());
    }

    public void Dispose() => _analyzers.Dispose();
}
