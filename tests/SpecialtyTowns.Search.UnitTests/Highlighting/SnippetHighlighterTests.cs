using SpecialtyTowns.Search.Analysis;
using SpecialtyTowns.Search.Highlighting;

namespace SpecialtyTowns.Search.UnitTests.Highlighting;

public sealed class SnippetHighlighterTests : IDisposable
{
    private readonly SearchAnalyzers _analyzers = new([]);

    [Fact]
    public void Best_WhenBigramsOverlap_WrapsThemInOneEm()
    {
        var candidate = Chinese("祁县玻璃器皿专业镇", "玻璃", "璃器", "器皿");

        var snippet = SnippetHighlighter.Best([candidate]);

        Assert.Equal("祁县<em>玻璃器皿</em>专业镇", snippet);
    }

    [Fact]
    public void Best_WhenTextIsLong_CutsAWindowAroundTheMatchWithEllipses()
    {
        var text = new string('甲', 300) + "法兰" + new string('乙', 300);
        var candidate = Chinese(text, "法兰");

        var snippet = SnippetHighlighter.Best([candidate])!;

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<em>法兰</em>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SnippetHighlighter.MaxSnippetLength + "<em></em>".Length + 2, snippet);
    }

    [Fact]
    public void Best_WhenLongEnglishTextIsCut_CutsBetweenWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("abcdefghij", 40));
        var candidate = new SnippetHighlighter.Candidate(
            $"{words} flanges {words}", _analyzers.English, "text_en", new HashSet<string>(StringComparer.Ordinal) { "flang" });

        var snippet = SnippetHighlighter.Best([candidate])!;

        Assert.Matches("^…( |abcdefghij )", snippet);
        Assert.Matches("( |abcdefghij)…$", snippet);
        Assert.Contains("<em>flanges</em>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Best_WhenTextHoldsMarkup_EscapesItOutsideTheTags()
    {
        var candidate = Chinese("<b>法兰</b> & 锻造", "法兰");

        var snippet = SnippetHighlighter.Best([candidate]);

        Assert.Equal("&lt;b&gt;<em>法兰</em>&lt;/b&gt; &amp; 锻造", snippet);
    }

    [Fact]
    public void Best_WhenALaterCandidateMatchesMoreTerms_TakesThatOne()
    {
        var title = Chinese("定襄法兰专业镇", "法兰", "出口");
        var text = Chinese("每出口3件法兰就有一件来自定襄", "法兰", "出口");

        var snippet = SnippetHighlighter.Best([title, text]);

        Assert.Equal("每<em>出口</em>3件<em>法兰</em>就有一件来自定襄", snippet);
    }

    [Fact]
    public void Best_WhenNoCandidateMatches_ReturnsNull()
    {
        var candidate = Chinese("清徐老陈醋专业镇", "法兰");

        var snippet = SnippetHighlighter.Best([candidate]);

        Assert.Null(snippet);
    }

    public void Dispose() => _analyzers.Dispose();

    private SnippetHighlighter.Candidate Chinese(string text, params string[] terms) =>
        new(text, _analyzers.ChineseIndex, "text_zh", terms.ToHashSet(StringComparer.Ordinal));
}
