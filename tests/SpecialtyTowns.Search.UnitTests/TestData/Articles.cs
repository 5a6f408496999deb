namespace SpecialtyTowns.Search.UnitTests.TestData;

public static class Articles
{
    public static readonly DateTimeOffset Epoch = new(2025, 5, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static Article Make(
        string id,
        string headline,
        string body = "",
        string section = "news",
        string? topic = null,
        int? words = null,
        int daysAfterEpoch = 0,
        string author = "王记者") => new()
        {
            Id = id,
            Headline = headline,
            Body = body,
            Author = author,
            Section = section,
            Topic = topic,
            Words = words,
            PublishedAt = Epoch.AddDays(daysAfterEpoch),
        };

    public static SearchIndex<Article> InMemory(params Article[] articles)
    {
        var index = SearchIndex<Article>.InMemory(ArticleSchema.Instance);
        index.Rebuild(articles);
        return index;
    }
}
