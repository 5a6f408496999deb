using SpecialtyTowns.Search.Analysis;

namespace SpecialtyTowns.Search.UnitTests.Analysis;

public sealed class ChineseAnalyzerTests : IDisposable
{
    private readonly ChineseAnalyzer _index = new(outputUnigrams: true);
    private readonly ChineseAnalyzer _query = new(outputUnigrams: false);

    [Fact]
    public void Analyze_WhenIndexing_EmitsEveryCharacterAndEveryBigram()
    {
        var text = "法兰盘";

        var terms = Terms(_index, text);

        Assert.Equal(["兰", "兰盘", "法", "法兰", "盘"], terms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_WhenQuerying_EmitsOnlyBigrams()
    {
        var text = "法兰盘";

        var terms = Terms(_query, text);

        Assert.Equal(["法兰", "兰盘"], terms);
    }

    [Fact]
    public void Analyze_WhenQueryIsOneCharacter_EmitsThatCharacter()
    {
        var text = "镇";

        var terms = Terms(_query, text);

        Assert.Equal(["镇"], terms);
    }

    [Fact]
    public void Analyze_WhenTextMixesScripts_KeepsOtherWordsLowerCasedAndUnstemmed()
    {
        var text = "法兰 Flanges";

        var terms = Terms(_query, text);

        Assert.Equal(["法兰", "flanges"], terms);
    }

    [Fact]
    public void Analyze_WhenPunctuationSplitsChinese_FormsNoBigramAcrossIt()
    {
        var text = "陶瓷，琉璃";

        var terms = Terms(_query, text);

        Assert.Equal(["陶瓷", "琉璃"], terms);
    }

    [Fact]
    public void Analyze_WhenIndexing_GivesBigramsConsecutivePositionsAsAtQueryTime()
    {
        var text = "玻璃器皿";

        var indexed = SearchAnalyzers.Analyze(_index, "f", text).Where(t => t.Term.Length == 2).Select(t => t.Position).ToList();
        var queried = SearchAnalyzers.Analyze(_query, "f", text).Select(t => t.Position).ToList();

        Assert.Equal(queried.Select(p => p - queried[0]), indexed.Select(p => p - indexed[0]));
    }

    public void Dispose()
    {
        _index.Dispose();
        _query.Dispose();
    }

    private static List<string> Terms(ChineseAnalyzer analyzer, string text) =>
        SearchAnalyzers.Analyze(analyzer, "f", text).Select(t => t.Term).ToList();
}
