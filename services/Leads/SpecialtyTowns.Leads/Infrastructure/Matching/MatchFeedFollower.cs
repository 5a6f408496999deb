using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>
/// Where this replica is in the match_changes feed. Identity values are taken at insert but become
/// visible at commit, so a lower seq may appear after a higher one: a hole below the highest seq
/// seen is read again until it fills or is older than <see cref="HoleTimeout"/> (a rolled-back
/// transaction leaves one for good; a transaction holding its seq longer than that is not expected). Reapplying a row is harmless: it reloads the current state.
/// </summary>
public sealed class MatchFeedFollower(MatchIndex index, TimeProvider time)
{
    public static readonly TimeSpan HoleTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Rows committed late are still read if they are this far below the watermark at start.</summary>
    private const long StartMargin = 1000;

    private readonly SortedSet<long> _applied = [];
    private readonly Dictionary<long, DateTimeOffset> _holes = [];
    private long _low = -1;

    public MatchIndex Index => index;

    public bool Loaded => _low >= 0;

    /// <summary>Loads everything and publishes; the feed is then followed from just below the watermark read first.</summary>
    public async Task LoadAsync(MatchIndexLoader loader, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var watermark = await loader.LatestSeqAsync(cancellationToken);
        await loader.LoadAllAsync(index, progress, cancellationToken);
        Warm(index.Publish());
        _applied.Clear();
        _holes.Clear();
        _low = Math.Max(0, watermark - StartMargin);
    }

    /// <summary>Applies the new rows of the feed; returns how many changes were applied (then a new snapshot is published).</summary>
    public async Task<int> FollowAsync(MatchIndexLoader loader, CancellationToken cancellationToken)
    {
        // Read past what is applied, not from the low mark: an open hole must not make the same
        // applied rows come back page after page while newer ones wait.
        var high = _applied.Count > 0 ? Math.Max(_applied.Max, _low) : _low;
        var rows = await loader.ChangesAfterAsync(high, [.. _holes.Keys], cancellationToken);
        var fresh = rows.Where(r => !_applied.Contains(r.Seq)).ToList();
        if (fresh.Count > 0)
        {
            await loader.ApplyAsync(index, fresh, cancellationToken);
            Warm(index.Publish());
            _applied.UnionWith(fresh.Select(r => r.Seq));
        }

        Advance(rows);
        return fresh.Count;
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
