namespace SpecialtyTowns.Bench.Matching;

/// <summary>precision@10 and nDCG@10 averaged over the lists that have a relevant item, and how many lists that is.</summary>
internal sealed record ListQuality(double Precision, double Ndcg, int Lists)
{
    public static ListQuality Mean(IReadOnlyList<(double Precision, double Ndcg)> lists) =>
        new(lists.Average(l => l.Precision), lists.Average(l => l.Ndcg), lists.Count);
}
