namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>Where a seeded item comes from: the article file, its exact words, and what is our reading.</summary>
public sealed record SeedEvidence(string Source, IReadOnlyList<string> Quotes, string? Note)
{
    /// <summary>As shown with the item: "000_….txt: “…” “…” (note)".</summary>
    public string ToText() =>
        $"{Source}: {string.Join(' ', Quotes.Select(q => $"“{q}”"))}" + (string.IsNullOrWhiteSpace(Note) ? string.Empty : $" ({Note})");
}
