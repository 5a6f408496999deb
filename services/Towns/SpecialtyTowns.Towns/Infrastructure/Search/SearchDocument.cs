using SpecialtyTowns.Towns.Application.Search;
namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>
/// A town or an investment project as the Towns search index holds it (<see cref="TownsSearchSchema"/>). Projects carry their town's
/// place, level and category so that every facet works for both kinds.
/// </summary>
public sealed record SearchDocument
{
    public required Guid Id { get; init; }

    /// <summary><see cref="SearchKinds.Town"/> or <see cref="SearchKinds.Project"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Chinese title: the town's name or the project's name.</summary>
    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    /// <summary>Chinese body: description, main industry, facts.</summary>
    public string Text { get; init; } = "";

    public string? TextEn { get; init; }

    /// <summary>
    /// Short labels such as the main industry ("法兰 flanges"): searched with a boost between
    /// title and body, and offered as suggestions.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The town itself for a town document, the host town for a project.</summary>
    public required Guid TownId { get; init; }

    public required string TownName { get; init; }

    public string? City { get; init; }

    public string? County { get; init; }

    /// <summary><see cref="TownLevels"/> value, or null where it is not stated.</summary>
    public string? Level { get; init; }

    /// <summary>A <see cref="TownCategories"/> value.</summary>
    public required string Category { get; init; }

    /// <summary>GB/T 4754 code: a section letter with an optional division, group or class ("C", "C33", "C331", "C3311").</summary>
    public string? Industry { get; init; }

    /// <summary>Lower bound of the investment, CNY in fen.</summary>
    public long? AmountMinFen { get; init; }

    /// <summary>Upper bound of the investment, CNY in fen.</summary>
    public long? AmountMaxFen { get; init; }

    /// <summary>Open vocabulary such as "equity", "joint-venture", "sole-ownership", "lease", "epc", "ppp".</summary>
    public IReadOnlyList<string> CooperationModes { get; init; } = [];

    /// <summary>A <see cref="ProjectStatuses"/> value for projects; null for towns.</summary>
    public string? Status { get; init; }

    public required DateTimeOffset PublishedAt { get; init; }
}
