namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>
/// How much each feature may add to a match's score (configuration section <c>Matching:Weights</c>). A feature adds
/// its weight times how well it matched (0 to 1), so with the defaults a perfect match scores 1.
/// </summary>
public sealed record MatchingWeights
{
    public const string SectionName = "Matching:Weights";

    /// <summary>Best product overlap with the gap's sought products (keywords, title, node products).</summary>
    public double Product { get; init; } = 0.45;

    /// <summary>Best certification or equipment overlap with any of the gap's words.</summary>
    public double Capability { get; init; } = 0.15;

    /// <summary>A matching product's capacity in the gap's unit against the gap's yearly volume.</summary>
    public double Capacity { get; init; } = 0.15;

    /// <summary>Same division 1, same section only 0.4.</summary>
    public double Industry { get; init; } = 0.15;

    /// <summary>The enterprise's description against the gap's sought products.</summary>
    public double Text { get; init; } = 0.10;

    /// <summary>Below this overlap two phrases do not count as matching.</summary>
    public double MinimumOverlap { get; init; } = 0.5;

    /// <summary>A candidate without a product, capability or text reason is not a filler, whatever its industry.</summary>
    public static MatchingWeights Default { get; } = new();
}
