namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>The phrases of a gap that matching looks for.</summary>
public static class GapWords
{
    /// <summary>
    /// A match on the node's products or name counts this much of one on the gap's own words: the node is the
    /// context ("胶囊"), the gap says what exactly is missing ("明胶空心胶囊").
    /// </summary>
    public const double NodeFactor = 0.6;

    /// <summary>What the gap seeks, most specific first: keywords, title, then the node's products and name.</summary>
    public static IReadOnlyList<string> Sought(GapNeed gap) => [.. SoughtWithFactors(gap).Select(s => s.Text)];

    /// <summary><see cref="Sought"/> with each phrase's factor: 1 for the gap's own words, <see cref="NodeFactor"/> for the node's.</summary>
    public static IReadOnlyList<(string Text, double Factor)> SoughtWithFactors(GapNeed gap)
    {
        var own = gap.Keywords.Append(gap.Title).Append(gap.TitleEn).Select(s => (Text: s, Factor: 1.0));
        var node = gap.NodeProducts.Append(gap.NodeName).Select(s => (Text: s, Factor: NodeFactor));
        return [.. own.Concat(node)
            .Where(s => !string.IsNullOrWhiteSpace(s.Text))
            .Select(s => (Text: s.Text!.Trim(), s.Factor))
            .DistinctBy(s => s.Text, StringComparer.Ordinal)];
    }

    /// <summary>What an enterprise offers that a gap may seek: products, the products of its capacities, certifications, equipment.</summary>
    public static IEnumerable<string> Offered(EnterpriseOffer enterprise) =>
        enterprise.Products.Concat(enterprise.Capacities.Select(c => c.Product)).Concat(enterprise.Certifications).Concat(enterprise.Equipment);

    /// <summary>Where a gap states requirements a capability can meet, with the words to quote.</summary>
    public static IReadOnlyList<string> Requirements(GapNeed gap) =>
        [.. new[] { gap.Specification, gap.Description, gap.DescriptionEn }.Concat(gap.Keywords).Append(gap.Title).Append(gap.TitleEn)
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())];

    /// <summary>A quote short enough for a reason.</summary>
    public static string Quote(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");
}
