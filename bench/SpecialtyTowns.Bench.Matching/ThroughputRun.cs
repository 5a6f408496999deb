using System.Diagnostics;
using System.Numerics.Tensors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// Every organisation's top k projects, in parallel over all cores, against the clock; checked
/// exact against the exhaustive ranking for a sample; and put beside a dot-product peak measured
/// in the same run: TensorPrimitives.Dot's multiply-add rate on all cores, and the time that peak
/// would need for the dense equivalent (every pair, every feature, both sides).
/// </summary>
internal sealed class ThroughputRun(int seed, int organisations, int projects, int towns, int k, TextWriter output)
{
    private const int Sample = 50;

    public void Run()
    {
        var clock = Stopwatch.StartNew();
        var market = new SyntheticMarket(seed, organisations, projects, towns);
        var index = market.Index();
        var engine = new MatchEngine(index, MatchingSettings.Configured());
        var snapshot = index.Current;
        _ = snapshot.ColumnsOf(OfferKind.Project);
        output.WriteLine($"## Top {k} for everyone ({organisations} organisations × {projects} projects, {Environment.ProcessorCount} cores, seed {seed})");
        output.WriteLine($"market generated and indexed in {clock.Elapsed.TotalSeconds:0.0} s (not timed below)");

        var ids = snapshot.Organisations.Select(o => o.Id).ToArray();
        TopAll(engine, ids.Take(500).ToArray());
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var times = Enumerable.Range(0, 3).Select(_ => TopAll(engine, ids)).ToList();
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / times.Count;
        var best = times.Min();

        var exhaustive = Stopwatch.StartNew();
        var exact = snapshot.Organisations.Take(Sample).All(o =>
            engine.TopOffers(o.Id, OfferKind.Project, k).Select(t => t.Id).SequenceEqual(engine.Exhaustive(snapshot, o, OfferKind.Project, k, _ => false).Select(r => r.Id)));
        var exhaustivePerOrganisation = exhaustive.Elapsed.TotalSeconds / Sample;

        var pairs = (double)organisations * projects;
        var denseMultiplyAdds = pairs * FeatureIndex.Count * 2;
        var peak = DotPeak();
        output.WriteLine($"wall time, top {k} for all {organisations}: {best:0.00} s (runs: {string.Join(", ", times.Select(t => t.ToString("0.00")))} s); {pairs / best / 1e6:0} pairs/s (millions); {cpuPerRun:0.00} s of CPU a run");
        output.WriteLine($"exact: the top {k} of {Sample} organisations equal the exhaustive ranking: {exact}");
        output.WriteLine($"exhaustive scan (all pairs scored, one thread): {exhaustivePerOrganisation * 1000:0.0} ms per organisation, {exhaustivePerOrganisation * organisations / Environment.ProcessorCount:0.0} s for all on {Environment.ProcessorCount} cores (extrapolated)");
        new FreshnessRun(index, engine, market.Projects.Select(p => p.Row).ToList(), ids[0], k, output).Run();
        output.WriteLine($"dot-product peak (TensorPrimitives.Dot, float, {Environment.ProcessorCount} threads): {peak / 1e9:0.0} G multiply-adds/s");
        output.WriteLine($"dense equivalent ({pairs / 1e9:0.0} G pairs × {FeatureIndex.Count} features × 2 sides = {denseMultiplyAdds / 1e9:0} G multiply-adds) at that peak: {denseMultiplyAdds / peak:0.00} s; the engine's wall time is {best / (denseMultiplyAdds / peak):0.00}× that ({denseMultiplyAdds / best / peak * 100:0}% of peak as an effective rate)");
    }

    private static double TopAll(MatchEngine engine, Guid[] ids)
    {
        var clock = Stopwatch.StartNew();
        var checksum = 0L;
        Parallel.For(0, ids.Length, () => 0L, (i, _, sum) => sum + engine.TopOffers(ids[i], OfferKind.Project, 20).Count, sum => Interlocked.Add(ref checksum, sum));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Multiply-adds per second of TensorPrimitives.Dot on vectors that stay in cache, one per core.</summary>
    private static double DotPeak()
    {
        const int Length = 16_384;
        const int Rounds = 20_000;
        var threads = Environment.ProcessorCount;
        var vectors = Enumerable.Range(0, threads).Select(t =>
        {
            var random = new Random(t);
            return (A: Enumerable.Range(0, Length).Select(_ => random.NextSingle()).ToArray(), B: Enumerable.Range(0, Length).Select(_ => random.NextSingle()).ToArray());
        }).ToArray();
        var best = 0.0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var clock = Stopwatch.StartNew();
            var sink = new float[threads];
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var (a, b) = vectors[t];
                var s = 0f;
                for (var r = 0; r < Rounds; r++)
                {
                    s += TensorPrimitives.Dot(a, b);
                }

                sink[t] = s;
            });
            best = Math.Max(best, (double)Length * Rounds * threads / clock.Elapsed.TotalSeconds);
        }

        return best;
    }
}
