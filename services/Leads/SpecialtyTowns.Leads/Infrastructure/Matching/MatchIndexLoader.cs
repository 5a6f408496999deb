using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>Reads what the match index holds from the database: everything at once, or the rows the feed names.</summary>
public sealed class MatchIndexLoader(LeadsDbContext db)
{
    private const int Batch = 5000;

    public async Task<long> LatestSeqAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT coalesce(max(seq), 0) AS \"Value\" FROM match_changes").SingleAsync(cancellationToken);

    /// <summary>The highest seq retention deleted (0 when none was).</summary>
    public async Task<long> PrunedThroughAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<long>($"SELECT coalesce(max(through_seq), 0) AS \"Value\" FROM match_changes_pruned").SingleAsync(cancellationToken);

    /// <summary>Records that the replica has applied every change at or below <paramref name="low"/>, now.</summary>
    public async Task ReportAsync(Guid replicaId, long low, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO match_feed_replicas (replica_id, low_seq, seen_at) VALUES ({replicaId}, {low}, now()) ON CONFLICT (replica_id) DO UPDATE SET low_seq = excluded.low_seq, seen_at = excluded.seen_at",
            cancellationToken);

    /// <summary>The rows after <paramref name="seq"/> and the ones at the still open <paramref name="holes"/> below it.</summary>
    public async Task<IReadOnlyList<MatchChange>> ChangesAfterAsync(long seq, long[] holes, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<MatchChange>($"SELECT seq AS \"Seq\", kind AS \"Kind\", id AS \"Id\" FROM match_changes WHERE seq > {seq} OR seq = ANY({holes}) ORDER BY seq LIMIT {Batch}")
            .ToListAsync(cancellationToken);

    /// <summary>Puts every row into the index (not publishing), in pages so memory stays flat.</summary>
    public async Task LoadAllAsync(MatchIndex index, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        foreach (var town in await db.TownDirectory.AsNoTracking().ToListAsync(cancellationToken))
        {
            index.Put(town);
        }

        foreach (var node in await db.ChainNodeDirectory.AsNoTracking().ToListAsync(cancellationToken))
        {
            index.Put(node);
        }

        await PageAsync(db.Organisations.AsNoTracking().OrderBy(o => o.Id), index.Put, "organisations", progress, cancellationToken);
        await PageAsync(db.ProjectDirectory.AsNoTracking().OrderBy(p => p.ProjectId), index.Put, "projects", progress, cancellationToken);
        await PageAsync(db.GapDirectory.AsNoTracking().OrderBy(g => g.GapId), index.Put, "gaps", progress, cancellationToken);
    }

    /// <summary>Reloads the named rows: present ones are put, missing ones removed.</summary>
    public async Task ApplyAsync(MatchIndex index, IReadOnlyCollection<MatchChange> changes, CancellationToken cancellationToken)
    {
        foreach (var group in changes.GroupBy(c => c.Kind))
        {
            var ids = group.Select(c => c.Id).Distinct().ToList();
            var found = group.Key switch
            {
                MatchChangeKinds.Organisation => Put(await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken), o => o.Id, index.Put),
                MatchChangeKinds.Project => Put(await db.ProjectDirectory.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToListAsync(cancellationToken), p => p.ProjectId, index.Put),
                MatchChangeKinds.Gap => Put(await db.GapDirectory.AsNoTracking().Where(g => ids.Contains(g.GapId)).ToListAsync(cancellationToken), g => g.GapId, index.Put),
                MatchChangeKinds.Town => Put(await db.TownDirectory.AsNoTracking().Where(t => ids.Contains(t.TownId)).ToListAsync(cancellationToken), t => t.TownId, index.Put),
                MatchChangeKinds.ChainNode => Put(await db.ChainNodeDirectory.AsNoTracking().Where(n => ids.Contains(n.NodeId)).ToListAsync(cancellationToken), n => n.NodeId, index.Put),
                _ => ids.ToHashSet(),
            };
            foreach (var gone in ids.Except(found))
            {
                index.Remove(group.Key, gone);
            }
        }
    }

    private static HashSet<Guid> Put<T>(List<T> rows, Func<T, Guid> id, Action<T> put)
    {
        rows.ForEach(put);
        return [.. rows.Select(id)];
    }

    private static async Task PageAsync<T>(IQueryable<T> query, Action<T> put, string what, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            put(row);
            if (++count % 10_000 == 0)
            {
                progress?.Report($"loaded {count} {what}");
            }
        }

        progress?.Report($"loaded {count} {what}");
    }
}
