using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.Messaging.Replay;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>
/// Announces every chain node (ChainNodeChanged) and every open or in-talks gap (ChainGapUpdated)
/// again, once per database, at start-up: Leads' matching reads the nodes' positions and the gaps'
/// kind, industry and node, which its directory took from no event before it needed them. Each is
/// stamped with its own last change and version, so it never overtakes a newer event; every
/// consumer (Leads' directory, search, the gateway's caches) keeps the newer state or refreshes.
/// </summary>
public sealed class AnnounceExistingChains(EnterprisesDbContext db, IOutbox outbox, TimeProvider clock, ILogger<AnnounceExistingChains> logger)
{
    /// <summary>Raise the version when a new consumer needs the chains replayed again.</summary>
    public const string Replay = "chain-directory-v1";

    /// <returns>How many nodes and gaps were announced, or null when this database had its replay.</returns>
    public async Task<int?> ExecuteAsync(CancellationToken cancellationToken)
    {
        var announced = await AnnouncementReplays.RunOnceAsync(db, Replay, async ct =>
        {
            var nodes = await db.ChainNodes.AsNoTracking().OrderBy(n => n.UpdatedAt).ToListAsync(ct);
            foreach (var node in nodes)
            {
                outbox.Add(ChainNodeEvents.Changed(node, removed: false, node.UpdatedAt));
            }

            var gaps = await db.ChainGaps.AsNoTracking()
                .Where(g => g.Status == GapStatus.Open || g.Status == GapStatus.InTalks)
                .OrderBy(g => g.UpdatedAt)
                .ToListAsync(ct);
            foreach (var gap in gaps)
            {
                outbox.Add(ChainGapEvents.Updated(gap));
            }

            return nodes.Count + gaps.Count;
        }, clock, cancellationToken);
        if (announced is { } count)
        {
            logger.LogInformation("Replay {Replay}: {Count} existing chain nodes and gaps announced again", Replay, count);
        }

        return announced;
    }
}
