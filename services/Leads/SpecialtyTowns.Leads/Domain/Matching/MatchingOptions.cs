namespace SpecialtyTowns.Leads.Domain.Matching;

/// <summary>
/// Configuration section "Matching": each side's feature weights (keys of <see cref="MatchFeatures"/>;
/// a side's one-way score is the weighted mean of its features), how the two combine, and the
/// lists' sizes. Documented in docs/matching.md; the weights are meant to be learned later from the
/// feedback and impression events.
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public Dictionary<string, double> InvestorWeights { get; set; } = [];

    public Dictionary<string, double> TownWeights { get; set; } = [];

    /// <summary>"harmonic" (default), "geometric" or "arithmetic" mean of the two one-way scores.</summary>
    public string Combination { get; set; } = "harmonic";

    /// <summary>α of the weighted harmonic mean 1 / (α/investor + (1 − α)/town); 0.5 is the plain harmonic mean.</summary>
    public double InvestorShare { get; set; } = 0.5;

    public int DefaultLimit { get; set; } = 20;

    public int MaxLimit { get; set; } = 100;

    /// <summary>Reasons kept per side and result.</summary>
    public int ReasonsPerSide { get; set; } = 3;

    /// <summary>How often each replica's in-memory index reads the change feed (match_changes).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a match_changes row is kept at least; older rows go once no live replica still needs them.</summary>
    public TimeSpan FeedRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a replica deletes the match_changes rows past <see cref="FeedRetention"/>.</summary>
    public TimeSpan FeedPruneInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A replica that has not reported its place in the feed for this long is not live: the rows it needs are not kept for it.</summary>
    public TimeSpan ReplicaTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
