using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>
/// <c>recompute-matches</c>: rebuilds the index from the database and computes every organisation's
/// lists (projects, gaps, towns) and every offer's investors, printing progress. With <c>--check</c>
/// it also builds an index the incremental way (every row applied as a feed change, in batches, a
/// snapshot published after each) and exits 1 when any list differs.
/// </summary>
public sealed class RecomputeMatches(MatchIndexLoader loader, LeadsDbContext db, IOptions<MatchingOptions> options)
{
    public const string Command = "recompute-matches";

    private const int ChangeBatch = 500;

    public async Task<int> RunAsync(bool check, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var full = new MatchIndex();
        await loader.LoadAllAsync(full, new Progress<string>(output.WriteLine), cancellationToken);
        full.Rebuild();
        await output.WriteLineAsync($"index built in {clock.Elapsed.TotalSeconds:0.0} s");
        var lists = Lists(new MatchEngine(full, options.Value), full.Current, output);
        await output.WriteLineAsync($"{lists.Count} lists computed in {clock.Elapsed.TotalSeconds:0.0} s");
        if (!check)
        {
            return 0;
        }

        var incremental = await IncrementalAsync(output, cancellationToken);
        var again = Lists(new MatchEngine(incremental, options.Value), incremental.Current, TextWriter.Null);
        var differences = MatchListComparer.Differences(lists, again).ToList();
        foreach (var difference in differences.Take(20))
        {
            await output.WriteLineAsync(difference);
        }

        await output.WriteLineAsync(differences.Count == 0 ? "check: incremental index equals the recomputed one" : $"check: {differences.Count} lists differ");
        return differences.Count == 0 ? 0 : 1;
    }

    /// <summary>Every list the engine serves, keyed by what it is for.</summary>
    public static Dictionary<string, IReadOnlyList<MatchResult>> Lists(MatchEngine engine, MatchSnapshot snapshot, TextWriter output)
    {
        var lists = new Dictionary<string, IReadOnlyList<MatchResult>>(StringComparer.Ordinal);
        var done = 0;
        foreach (var organisation in snapshot.Organisations)
        {
            foreach (var kind in Enum.GetValues<OfferKind>())
            {
                lists[$"investor {organisation.Id} {kind}"] = engine.ForInvestor(organisation.Id, kind, 0, _ => false);
            }

            if (++done % 1000 == 0)
            {
                output.WriteLine($"{done}/{snapshot.Organisations.Count} organisations");
            }
        }

        foreach (var offer in snapshot.Projects.Concat(snapshot.Gaps).Concat(snapshot.Towns))
        {
            lists[$"offer {offer.Kind} {offer.Id}"] = engine.ForOffer(offer.Kind, offer.Id, 0, _ => false);
        }

        return lists;
    }

    private async Task<MatchIndex> IncrementalAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var changes = new List<MatchChange>();
        changes.AddRange((await db.TownDirectory.Select(t => t.TownId).ToListAsync(cancellationToken)).Select(id => new MatchChange(0, MatchChangeKinds.Town, id)));
        changes.AddRange((await db.ChainNodeDirectory.Select(n => n.NodeId).ToListAsync(cancellationToken)).Select(id => new MatchChange(0, MatchChangeKinds.ChainNode, id)));
        changes.AddRange((await db.Organisations.Select(o => o.Id).ToListAsync(cancellationToken)).Select(id => new MatchChange(0, MatchChangeKinds.Organisation, id)));
        changes.AddRange((await db.ProjectDirectory.Select(p => p.ProjectId).ToListAsync(cancellationToken)).Select(id => new MatchChange(0, MatchChangeKinds.Project, id)));
        changes.AddRange((await db.GapDirectory.Select(g => g.GapId).ToListAsync(cancellationToken)).Select(id => new MatchChange(0, MatchChangeKinds.Gap, id)));

        // Mixed kinds in an order unrelated to the full load's, as the feed would bring them.
        var shuffled = changes.OrderBy(c => c.Id.GetHashCode()).ToList();
        var index = new MatchIndex();
        for (var i = 0; i < shuffled.Count; i += ChangeBatch)
        {
            await loader.ApplyAsync(index, shuffled.Skip(i).Take(ChangeBatch).ToList(), cancellationToken);
            index.Publish();
            await output.WriteLineAsync($"incremental: {Math.Min(i + ChangeBatch, shuffled.Count)}/{shuffled.Count} changes applied");
        }

        return index;
    }
}
