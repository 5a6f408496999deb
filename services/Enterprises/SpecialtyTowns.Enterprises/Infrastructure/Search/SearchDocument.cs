using SpecialtyTowns.Enterprises.Application.Search;

namespace SpecialtyTowns.Enterprises.Infrastructure.Search;

/// <summary>
/// An enterprise or a chain gap as the Enterprises search index holds it (<see cref="EnterprisesSearchSchema"/>). Both
/// carry their town's name and city so that every facet but status and leading works for both kinds.
/// </summary>
public sealed record SearchDocument
{
    public required Guid Id { get; init; }

    /// <summary><see cref="SearchKinds.Enterprise"/> or <see cref="SearchKinds.Gap"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The enterprise's name or the gap's title.</summary>
    public required string Title { get; init; }

    public string? TitleEn { get; init; }

    /// <summary>Short labels: products, certifications, equipment, capacities' products; a gap's keywords, kind, node name and products.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>An enterprise's products (also among <see cref="Keywords"/>), offered as suggestions.</summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary>Chinese body: description (and a gap's specification).</summary>
    public string? Text { get; init; }

    public string? TextEn { get; init; }

    public required Guid TownId { get; init; }

    /// <summary>The town's name as Enterprises knows it; empty while it has not heard of the town.</summary>
    public string TownName { get; init; } = string.Empty;

    public string? City { get; init; }

    /// <summary>GB/T 4754 code.</summary>
    public string? Industry { get; init; }

    /// <summary>A gap's node's position; the positions of every node an enterprise is listed at.</summary>
    public IReadOnlyList<string> ChainPositions { get; init; } = [];

    /// <summary>A gap's status key; null for enterprises.</summary>
    public string? Status { get; init; }

    public bool Leading { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
