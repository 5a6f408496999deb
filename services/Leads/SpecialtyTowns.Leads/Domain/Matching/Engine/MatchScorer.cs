namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>The two one-way scores of a pair and their combination (harmonic mean unless configured otherwise).</summary>
public sealed class MatchScorer(MatchingOptions options)
{
    public MatchWeights Investor { get; } = new(options.InvestorWeights);

    public MatchWeights Town { get; } = new(options.TownWeights);

    public string Combination { get; } = options.Combination;

    public int ReasonsPerSide { get; } = options.ReasonsPerSide;

    /// <summary>Both sides must like a pair: the harmonic and geometric means are 0 when either score is 0.</summary>
    public static double Combine(string combination, double investor, double town) => combination switch
    {
        "arithmetic" => (investor + town) / 2,
        "geometric" => Math.Sqrt(investor * town),
        _ => investor + town <= 0 ? 0 : 2 * investor * town / (investor + town),
    };

    public (double Score, double Investor, double Town) Score(ReadOnlySpan<double> x)
    {
        var investor = Investor.OneWay(x);
        var town = Town.OneWay(x);
        return (Combine(Combination, investor, town), investor, town);
    }
}
