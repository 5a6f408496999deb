namespace SpecialtyTowns.Bench.Web;

/// <summary>The runs of one page in one load mode, summarised by their medians.</summary>
internal sealed record PageResult(PageTarget Target, LoadMode Mode, IReadOnlyList<PageMeasurement> Runs)
{
    public bool Usable => Runs.All(r => r.Usable);

    public string? Failure => Runs.FirstOrDefault(r => !r.Usable)?.Failure;

    public bool NotFound => Runs.Any(r => r.Status == 404);

    public TimeSpan MedianUntilUsable => Median(Runs.Select(r => r.UntilUsable.Ticks), t => TimeSpan.FromTicks(t));

    public TimeSpan SlowestUntilUsable => Runs.Max(r => r.UntilUsable);

    public long MedianBytesUntilUsable => Median(Runs.Select(r => r.BytesUntilUsable), b => b);

    public long LargestBytesUntilUsable => Runs.Max(r => r.BytesUntilUsable);

    public long MedianBytesTotal => Median(Runs.Select(r => r.BytesTotal), b => b);

    public int Requests => Runs[0].Requests;

    public int CompressedResponses => Runs[0].CompressedResponses;

    private static T Median<T>(IEnumerable<long> values, Func<long, T> convert)
    {
        var sorted = values.Order().ToArray();
        return convert(sorted[sorted.Length / 2]);
    }
}
