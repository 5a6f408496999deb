namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>The phrases of a gap that matching looks for.</summary>
public static class GapWords
{
    /// <summary>What the gap seeks, most specific first: keywords, node products, title, node name.</summary>
    public static IReadOnlyList<string> Sought(GapNeed gap) =>
        [.. gap.Keywords.Concat(gap.NodeProducts).Append(gap.Title).Append(gap.TitleEn).Append(gap.NodeName)
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>Where a gap states requirements a capability can meet, with the words to quote.</summary>
    public static IReadOnlyList<string> Requirements(GapNeed gap) =>
        [.. new[] { gap.Specification, gap.Description, gap.DescriptionEn }.Concat(gap.Keywords).Append(gap.Title).Append(gap.TitleEn)
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())];

    /// <summary>A quote short enough for a reason.</summary>
    public static string Quote(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");
}
