namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The two one-way scores of a pair and their combination: the weighted harmonic mean
/// 1 / (α/a + (1 − α)/b) with α = InvestorShare (0.5: the plain harmonic mean) unless configured
/// otherwise. Every combination is non-decreasing in each score, which the search's bounds rely on.
/// </summary>
public sealed class MatchScorer(MatchingOptions options)
{
    public MatchWeights Investor { get; } = new(options.InvestorWeights);

    public MatchWeights Town { get; } = new(options.TownWeights);

    public string Combination { get; } = options.Combination;

    public double InvestorShare { get; } = Math.Clamp(options.InvestorShare, 0, 1);

    public int ReasonsPerSide { get; } = options.ReasonsPerSide;

    /// <summary>Both sides must like a pair: the harmonic and geometric means are 0 when either score is 0.</summary>
    public static double Combine(string combination, double investor, double town, double investorShare = 0.5) => combination switch
    {
        "arithmetic" => (investor + town) / 2,
        "geometric" => Math.Sqrt(investor * town),
        // a·b / (α·b + (1 − α)·a) is 1 / (α/a + (1 − α)/b) without dividing by a zero score; α = 0.5 gives 2ab / (a + b).
        _ => investor <= 0 || town <= 0 ? 0 : investor * town / ((investorShare * town) + ((1 - investorShare) * investor)),
    };

    public (double Score, double Investor, double Town) Score(ReadOnlySpan<double> x)
    {
        var investor = Investor.OneWay(x);
        var town = Town.OneWay(x);
        return (Combine(Combination, investor, town, InvestorShare), investor, town);
    }
}
