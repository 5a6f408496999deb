namespace SpecialtyTowns.Search.UnitTests.TestData;

/// <summary>A newspaper article: a document type of no service, to prove the engine takes any schema.</summary>
public sealed record Article
{
    /// <summary>A slug, not a Guid: the engine's ids are any non-blank string.</summary>
    public required string Id { get; init; }

    public required string Headline { get; init; }

    public string? HeadlineEn { get; init; }

    public string Body { get; init; } = "";

    public string? BodyEn { get; init; }

    public required string Author { get; init; }

    /// <summary>One of <see cref="ArticleSchema.Sections"/>.</summary>
    public required string Section { get; init; }

    /// <summary>Dotted topic path ("energy.solar"): a hierarchical facet.</summary>
    public string? Topic { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Length in words; null when not counted.</summary>
    public int? Words { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
