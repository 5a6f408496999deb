using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>
/// Where this replica is in the match_changes feed. Identity values are taken at insert but become
/// visible at commit, so a lower seq may appear after a higher one: a hole below the highest seq
/// seen is read again until it fills or is older than <see cref="HoleTimeout"/> (a rolled-back
/// transaction leaves one for good; a transaction holding its seq longer than that is not expected). Reapplying a row is harmless: it reloads the current state.
/// The replica reports its low mark (everything at or below it applied) so that retention keeps what
/// it still needs (<see cref="MatchFeedRetention"/>); when the feed was pruned past that mark anyway
/// (the replica was not live), it is no longer <see cref="Loaded"/> and must load everything again.
/// </summary>
public sealed class MatchFeedFollower(MatchIndex index, TimeProvider time)
{
    public static readonly TimeSpan HoleTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Rows committed late are still read if they are this far below the watermark at start.</summary>
    private const long StartMargin = 1000;

    /// <summary>How often the low mark is reported at most (well inside <see cref="MatchingOptions.ReplicaTimeout"/>).</summary>
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(10);

    private readonly SortedSet<long> _applied = [];
    private readonly Dictionary<long, DateTimeOffset> _holes = [];
    private long _low = -1;
    private DateTimeOffset _reportedAt = DateTimeOffset.MinValue;

    /// <summary>This replica's name in match_feed_replicas.</summary>
    public Guid ReplicaId { get; } = Guid.NewGuid();

    public MatchIndex Index => index;

    public bool Loaded => _low >= 0;

    /// <summary>Loads everything and publishes; the feed is then followed from just below the watermark read first.</summary>
    public async Task LoadAsync(MatchIndexLoader loader, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        // Rows pruned before the load began were committed long before it: the load holds their changes.
        var pruned = await loader.PrunedThroughAsync(cancellationToken);
        var watermark = await loader.LatestSeqAsync(cancellationToken);

        // A reload after falling behind the pruned feed: rows deleted meanwhile must not survive it.
        index.Clear();
        await loader.LoadAllAsync(index, progress, cancellationToken);
        Warm(index.Publish());
        _applied.Clear();
        _holes.Clear();
        _low = Math.Max(Math.Max(0, watermark - StartMargin), pruned);
        await ReportAsync(loader, force: true, cancellationToken);
    }

    /// <summary>Applies the new rows of the feed; returns how many changes were applied (then a new snapshot is published).</summary>
    public async Task<int> FollowAsync(MatchIndexLoader loader, CancellationToken cancellationToken)
    {
        // Read past what is applied, not from the low mark: an open hole must not make the same
        // applied rows come back page after page while newer ones wait.
        var high = _applied.Count > 0 ? Math.Max(_applied.Max, _low) : _low;
        var rows = await loader.ChangesAfterAsync(high, [.. _holes.Keys], cancellationToken);

        // Read after the rows: a prune before the read that took rows above the low mark shows here.
        if (await loader.PrunedThroughAsync(cancellationToken) > _low)
        {
            _low = -1;
            return 0;
        }

        var fresh = rows.Where(r => !_applied.Contains(r.Seq)).ToList();
        if (fresh.Count > 0)
        {
            await loader.ApplyAsync(index, fresh, cancellationToken);
            Warm(index.Publish());
            _applied.UnionWith(fresh.Select(r => r.Seq));
        }

        Advance(rows);
        await ReportAsync(loader, force: false, cancellationToken);
        return fresh.Count;
    }

    private async Task ReportAsync(MatchIndexLoader loader, bool force, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (force || now - _reportedAt >= ReportInterval)
        {
            await loader.ReportAsync(ReplicaId, _low, cancellationToken);
            _reportedAt = now;
        }
    }

    /// <summary>Builds the new snapshot's search columns here, in the background, rather than in the first request.</summary>
    private static void Warm(MatchSnapshot snapshot)
    {
        _ = snapshot.ColumnsOf(OfferKind.Project);
        _ = snapshot.ColumnsOf(OfferKind.Gap);
    }

    private void Advance(IReadOnlyList<MatchChange> rows)
    {
        var now = time.GetUtcNow();
        var high = _applied.Count > 0 ? Math.Max(_applied.Max, _low) : _low;
        var seen = rows.Select(r => r.Seq).ToHashSet();
        for (var seq = _low + 1; seq < high; seq++)
        {
            if (!_applied.Contains(seq) && !seen.Contains(seq))
            {
                _holes.TryAdd(seq, now);
            }
        }

        foreach (var seq in _holes.Keys.Where(s => _applied.Contains(s) || now - _holes[s] > HoleTimeout).ToList())
        {
            _holes.Remove(seq);
        }

        _low = _holes.Count > 0 ? _holes.Keys.Min() - 1 : high;
        _applied.RemoveWhere(s => s <= _low);
    }
}
