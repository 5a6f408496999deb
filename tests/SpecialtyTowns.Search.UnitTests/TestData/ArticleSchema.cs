namespace SpecialtyTowns.Search.UnitTests.TestData;

/// <summary>How the test index lays out <see cref="Article"/>s: every kind of field, facet and sort the engine offers.</summary>
public static class ArticleSchema
{
    public const string Section = "section";
    public const string Topic = "topic";
    public const string Tag = "tag";
    public const string HeadlineZh = "headline_zh";
    public const string HeadlineEn = "headline_en";
    public const string AuthorField = "author";
    public const string AuthorSource = "author";
    public const string HeadlineSource = "headline";
    public const string Relevance = "relevance";
    public const string Newest = "newest";
    public const string Longest = "longest";

    public static IReadOnlyList<string> Sections { get; } = ["news", "sport", "culture"];

    public static SearchSchema<Article> Instance { get; } = new SearchSchemaBuilder<Article>(a => a.Id)
        .Stored(AuthorField, a => a.Author)
        .Text(HeadlineZh, SearchLanguage.Chinese, 3f, a => [a.Headline], stored: true, highlight: true)
        .Text("body_zh", SearchLanguage.Chinese, 1f, a => [a.Body], stored: true, highlight: true)
        .Text(HeadlineEn, SearchLanguage.English, 3f, a => [a.HeadlineEn], stored: true, highlight: true)
        .Text("body_en", SearchLanguage.English, 1f, a => [a.BodyEn], stored: true, highlight: true)
        .Facet(Section, a => [a.Section], Sections)
        .Facet(Topic, a => a.Topic is null ? [] : [a.Topic], checkFilter: TopicError, withAncestors: TopicWithAncestors)
        .Facet(Tag, a => a.Tags)
        .SortValue("published", a => a.PublishedAt.ToUnixTimeMilliseconds())
        .SortValue("words", a => a.Words)
        .Sort(Relevance, SortKey.Score, SortKey.DescendingBy("published"))
        .Sort(Newest, SortKey.DescendingBy("published"))
        .Sort(Longest, SortKey.DescendingBy("words"), SortKey.DescendingBy("published"))
        .Suggestions(a => [(a.Headline, HeadlineSource), (a.HeadlineEn, HeadlineSource), (a.Author, AuthorSource)], AuthorSource)
        .Validate(Validate)
        .Build();

    private static void Validate(Article article)
    {
        if (string.IsNullOrWhiteSpace(article.Headline))
        {
            throw new ArgumentException("Headline must not be blank.", nameof(Article.Headline));
        }

        if (!Sections.Contains(article.Section))
        {
            throw new ArgumentException($"Section '{article.Section}' is unknown.", nameof(Article.Section));
        }
    }

    private static string? TopicError(string topic) =>
        topic.Split('.').All(part => part.Length > 0 && part.All(char.IsAsciiLetterLower)) ? null : $"Topic '{topic}' is not a dotted path.";

    private static IEnumerable<string> TopicWithAncestors(string topic)
    {
        var parts = topic.Split('.');
        return Enumerable.Range(1, parts.Length).Select(n => string.Join('.', parts.Take(n)));
    }
}
