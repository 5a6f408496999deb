using System.Diagnostics;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// One change applied to the whole index, new snapshot published: the incremental path
/// (<see cref="MatchIndex.Publish"/>) and the full rebuild it replaced (<see cref="MatchIndex.Rebuild"/>,
/// the baseline) in the same run, alternating, on the same rows. The change is a newly published
/// project, as in the gateway's freshness rounds: a new document, so N and the IDF of every term move
/// and every vector is weighed again; and, apart, a project put again unchanged (the IDF stays).
/// </summary>
internal sealed class FreshnessRun(MatchIndex index, MatchEngine engine, IReadOnlyList<ProjectEntry> rows, Guid organisationId, int k, TextWriter output)
{
    private const int Rounds = 5;

    public void Run()
    {
        Measure(() => index.Put(Copy(rows[0], 0)), index.Publish);
        var incremental = new List<(double Published, double Cpu, double Columns)>();
        var full = new List<(double Published, double Cpu, double Columns)>();
        for (var round = 1; round <= Rounds; round++)
        {
            var row = Copy(rows[round], round);
            incremental.Add(Measure(() => index.Put(row), index.Publish));
            var listed = engine.TopOffers(organisationId, OfferKind.Project, k);
            full.Add(Measure(() => { }, index.Rebuild));
            if (!engine.TopOffers(organisationId, OfferKind.Project, k).SequenceEqual(listed))
            {
                throw new InvalidOperationException("the incremental snapshot's list differs from the rebuilt one's");
            }
        }

        var same = Measure(() => index.Put(rows[^1]), index.Publish);
        output.WriteLine($"one change (a new published project) applied to the {index.Current.Organisations.Count + index.Current.Projects.Count}-row index, {Rounds} rounds, median (min-max):");
        output.WriteLine($"  incremental: new snapshot published {Format(incremental, r => r.Published)} ({Format(incremental, r => r.Cpu)} of CPU), search columns built {Format(incremental, r => r.Columns)} after it");
        output.WriteLine($"  full rebuild (baseline): new snapshot published {Format(full, r => r.Published)} ({Format(full, r => r.Cpu)} of CPU), search columns built {Format(full, r => r.Columns)} after it");
        output.WriteLine($"  a project put again unchanged (IDF unchanged), incremental: published {same.Published * 1000:0} ms, columns {same.Columns * 1000:0} ms");
        output.WriteLine("  the incremental and the rebuilt snapshot gave the same top list in every round");
    }

    private static (double Published, double Cpu, double Columns) Measure(Action change, Func<MatchSnapshot> publish)
    {
        change();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var snapshot = publish();
        var published = clock.Elapsed.TotalSeconds;
        var publishCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        _ = snapshot.ColumnsOf(OfferKind.Project);
        return (published, publishCpu, clock.Elapsed.TotalSeconds - published);
    }

    private static string Format<T>(List<T> values, Func<T, double> of)
    {
        var sorted = values.Select(of).Order().ToList();
        return $"{sorted[sorted.Count / 2] * 1000:0} ms ({sorted[0] * 1000:0}-{sorted[^1] * 1000:0})";
    }

    private static ProjectEntry Copy(ProjectEntry row, int round) =>
        ProjectEntry.From(Guid.NewGuid(), row.TownId, $"{row.Title} 新{round}", "published", row.IndustryCode, row.AmountMinFen, row.AmountMaxFen, row.AsOf)
            .WithContent(row.TitleEn, row.Description, row.DescriptionEn, row.CooperationModes, row.LandAreaSquareMetres);
}
