using System.Globalization;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// Learns weights from labelled pairs by coordinate ascent on the ranking measure (as RankLib's
/// CoordinateAscent, Metzler and Croft 2007): one weight at a time takes the grid value that scores
/// best on the TRAINING markets with every other weight held, in feature order, investor side then
/// town side, until a whole pass changes nothing. A candidate must beat the current score to be
/// taken (ties keep the current value). The objective itself moves slightly between runs: the synthetic
/// organisations' ids are random (Guid v7) and ties rank by id. The evaluation markets are never seen here.
/// </summary>
internal sealed class WeightFit(IReadOnlyList<LabelledMarket> training, TextWriter output)
{
    private const int MaxPasses = 4;

    private static readonly double[] Grid = [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6];

    // The one-direction baselines get a wider grid: the town's land weight reached 6, the edge, and a baseline must not be held back by it.
    private static readonly double[] WideGrid = [.. Grid, 8, 12];

    // Not fitted: chain-position (the synthetic market has no chain gaps, its value is always 0 there)
    // and the investor side's completeness (an organisation's own profile is no wish of its own).
    private static readonly string[] InvestorFitted = [MatchFeatures.Industry, MatchFeatures.Ticket, MatchFeatures.Region, MatchFeatures.Cooperation, MatchFeatures.Land, MatchFeatures.Language, MatchFeatures.Text];

    private static readonly string[] TownFitted = [.. InvestorFitted, MatchFeatures.Completeness];

    /// <summary>
    /// Both sides' weights for the combined score from the mutual labels (the markets are labelled
    /// with them: contacts both sides accepted): the sum of the four measures, p@10 and nDCG@10 of
    /// an organisation's projects and of a project's organisations, both ranked by the two-sided score.
    /// </summary>
    public MatchingOptions TwoSided(MatchingOptions start) =>
        Fit("two-sided on mutual labels", Grid, start, [.. InvestorFitted.Select(f => (MatchSide.Investor, f)), .. TownFitted.Select(f => (MatchSide.Town, f))], o =>
            training.Average(m => Sum(m.InvestorQuality(o)) + Sum(m.ProjectQuality(o))));

    /// <summary>
    /// One side's weights from that side's own answers (the markets are labelled with them), what
    /// each side's feedback (save, express interest, not interested; a town's answers to leads) would
    /// teach: that side's score alone ranks both lists, an organisation's projects and a project's
    /// organisations, since the two-sided score uses it in both (within one organisation's list its
    /// own constant features do not count; across organisations they do).
    /// </summary>
    public MatchingOptions Side(MatchingOptions start, MatchSide side)
    {
        var features = side == MatchSide.Investor ? InvestorFitted : TownFitted;
        return Fit($"{side} side on its own answers", WideGrid, start, [.. features.Select(f => (side, f))], o =>
        {
            var alone = MatchingSettings.OneSided(o, side);
            return training.Average(m => Sum(m.InvestorQuality(alone)) + Sum(m.ProjectQuality(alone)));
        });
    }

    private static double Sum(ListQuality q) => q.Precision + q.Ndcg;

    private MatchingOptions Fit(string name, double[] grid, MatchingOptions start, IReadOnlyList<(MatchSide Side, string Feature)> parameters, Func<MatchingOptions, double> objective)
    {
        var current = Copy(start);
        var best = objective(current);
        output.WriteLine($"fit {name}: start {best:0.0000}");
        for (var pass = 1; pass <= MaxPasses; pass++)
        {
            var changed = false;
            foreach (var (side, feature) in parameters)
            {
                var weights = side == MatchSide.Investor ? current.InvestorWeights : current.TownWeights;
                var kept = weights.GetValueOrDefault(feature);
                foreach (var value in grid.Where(v => v != kept))
                {
                    weights[feature] = value;
                    var score = objective(current);
                    if (score > best + 1e-9)
                    {
                        (best, kept, changed) = (score, value, true);
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pass {pass}: {side} {feature} = {value} → {best:0.0000}"));
                    }
                }

                weights[feature] = kept;
            }

            if (!changed)
            {
                break;
            }
        }

        return current;
    }

    private static MatchingOptions Copy(MatchingOptions o) => new()
    {
        InvestorWeights = new(o.InvestorWeights),
        TownWeights = new(o.TownWeights),
        Combination = o.Combination,
        InvestorShare = o.InvestorShare,
        ReasonsPerSide = o.ReasonsPerSide,
        DefaultLimit = o.DefaultLimit,
        MaxLimit = o.MaxLimit,
    };
}
