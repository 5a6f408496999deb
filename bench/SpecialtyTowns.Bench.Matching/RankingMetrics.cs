namespace SpecialtyTowns.Bench.Matching;

/// <summary>precision@k and nDCG@k (gain 2^rel − 1, log2 discount) of one ranked list against graded labels.</summary>
internal static class RankingMetrics
{
    public static double PrecisionAt(int k, IReadOnlyList<int> ranked) => ranked.Take(k).Count(r => r > 0) / (double)k;

    public static double NdcgAt(int k, IReadOnlyList<int> ranked, IEnumerable<int> allRelevances)
    {
        var ideal = Dcg(allRelevances.Where(r => r > 0).OrderDescending().Take(k).ToList());
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).ToList()) / ideal;
    }

    private static double Dcg(IReadOnlyList<int> relevances) =>
        relevances.Select((r, i) => (Math.Pow(2, r) - 1) / Math.Log2(i + 2)).Sum();
}
