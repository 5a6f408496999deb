namespace SpecialtyTowns.Leads.Domain.Funnel;

/// <summary>The funnel's arithmetic on counts, kept apart so each figure's definition is tested on its own.</summary>
public static class FunnelMath
{
    /// <summary>part / whole, 0 when there is no whole (a town without signed deals has no 开工率, not a division error).</summary>
    public static double Ratio(long part, long whole) => whole <= 0 ? 0 : (double)part / whole;

    /// <summary>amount × probability in whole fen, rounded half away from zero.</summary>
    public static long Weighted(long amountFen, double probability) =>
        (long)Math.Round(amountFen * (decimal)probability, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The median of whole days given as a histogram (days → leads), the mean of the two middle values for an
    /// even count, 0 for none. A histogram rather than the values, so towns' figures add up to a city's exactly.
    /// </summary>
    public static double Median(IEnumerable<KeyValuePair<long, long>> histogram)
    {
        var buckets = histogram.Where(b => b.Value > 0).OrderBy(b => b.Key).ToList();
        var total = buckets.Sum(b => b.Value);
        if (total == 0)
        {
            return 0;
        }

        var lower = ValueAt(buckets, (total - 1) / 2);
        var upper = ValueAt(buckets, total / 2);
        return (lower + upper) / 2.0;
    }

    private static long ValueAt(List<KeyValuePair<long, long>> buckets, long index)
    {
        var seen = 0L;
        foreach (var (days, leads) in buckets)
        {
            seen += leads;
            if (index < seen)
            {
                return days;
            }
        }

        return buckets[^1].Key;
    }
}
