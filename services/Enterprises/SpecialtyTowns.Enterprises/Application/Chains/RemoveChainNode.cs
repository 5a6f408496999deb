using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>
/// Removes a node no open or in-talks gap points at (<see cref="ChainNodeRules.EnsureRemovable"/>).
/// Filled and withdrawn gaps at it keep their record but let go of the node, each change announced.
/// </summary>
public sealed class RemoveChainNode(EnterprisesDbContext db, IOutbox outbox, IIdempotency idempotency, TimeProvider clock, ILogger<RemoveChainNode> logger)
{
    public async Task<Guid> ExecuteAsync(RemoveChainNodeCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        return await StaleVersions.GuardAsync("chain node", () => idempotency.ExecuteAsync(caller, nameof(RemoveChainNode), command, async ct =>
        {
            // Locked before the gaps are counted: a gap being posted at the node holds it FOR SHARE, so this waits
            // for that post to commit and then counts its gap (chain-node-in-use) instead of failing on the foreign key.
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM chain_nodes WHERE id = {command.Id} FOR UPDATE", ct);
            var node = await db.ChainNodes.SingleOrDefaultAsync(n => n.Id == command.Id, ct) ?? throw new NotFoundException("ChainNode", command.Id.ToString());
            caller.RequireThat(ChainNode.MayBeEditedBy(caller, node.TownId), "edit this town's chain");
            var gaps = await db.ChainGaps.Where(g => g.ChainNodeId == node.Id).ToListAsync(ct);
            ChainNodeRules.EnsureRemovable(gaps.Count(g => GapLifecycle.IsSought(g.Status)));
            var now = clock.GetUtcNow();
            foreach (var gap in gaps)
            {
                gap.DetachNode(caller.Subject, now);
                outbox.Add(ChainGapEvents.Updated(gap));
            }

            db.ChainNodes.Remove(node);
            outbox.Add(ChainNodeEvents.Changed(node, removed: true, now));
            logger.LogInformation("Chain node {NodeId} removed from town {TownId}", node.Id, node.TownId);
            return node.Id;
        }, cancellationToken));
    }
}
