using SpecialtyTowns.Search.UnitTests.TestData;

namespace SpecialtyTowns.Search.UnitTests;

public sealed class SearchIndexSuggestTests(ArticleIndexFixture articles) : IClassFixture<ArticleIndexFixture>
{
    [Fact]
    public void Suggest_WhenATextComesFromSeveralSources_ReportsThePreferredSource()
    {
        using var index = Articles.InMemory(Articles.Make("profile", "李编辑", author: "王记者"), Articles.Make("report", "一篇报道", author: "李编辑"));

        var suggestions = index.Suggest("李");

        Assert.Equal([new Suggestion("李编辑", ArticleSchema.AuthorSource)], suggestions);
    }

    [Fact]
    public void Suggest_WhenTyping_OffersWhatStartsWithItFirstThenWhatMoreDocumentsCarry()
    {
        using var index = Articles.InMemory(
            Articles.Make("storage", "储能电站"),
            Articles.Make("solar-1", "光伏电站"),
            Articles.Make("solar-2", "光伏电站"),
            Articles.Make("service", "电站运维"));

        var suggestions = index.Suggest("电站");

        Assert.Equal(["电站运维", "光伏电站", "储能电站"], suggestions.Select(s => s.Text));
        Assert.All(suggestions, s => Assert.Equal(ArticleSchema.HeadlineSource, s.Source));
    }

    [Fact]
    public void Suggest_WhenTheLastEnglishWordIsUnfinished_CompletesIt()
    {
        var suggestions = articles.Index.Suggest("Solar pa");

        Assert.Equal("Solar panels get cheaper", Assert.Single(suggestions).Text);
    }
}
