using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>Adds or replaces a node of a town's chain: the town itself or an admin (<see cref="ChainNode.MayBeEditedBy"/>).</summary>
public sealed class SaveChainNode(EnterprisesDbContext db, IIdempotency idempotency, TimeProvider clock, ILogger<SaveChainNode> logger)
{
    public async Task<ChainNodeView> ExecuteAsync(SaveChainNodeCommand command, Caller caller, CancellationToken cancellationToken)
    {
        caller.RequireRole(Roles.Town, Roles.Admin);
        var id = await StaleVersions.GuardAsync("chain node", () => idempotency.ExecuteAsync(caller, nameof(SaveChainNode), command, async ct =>
        {
            var now = clock.GetUtcNow();
            if (command.Id is not { } existingId)
            {
                var townId = command.TownId ?? caller.TownId ?? throw new InvalidValueException("town_id", "is required for an admin adding a node");
                caller.RequireThat(ChainNode.MayBeEditedBy(caller, townId), "edit this town's chain");
                await EnsureEnterprisesAsync(townId, command.Content, ct);
                var added = ChainNode.Add(townId, command.Content, caller.Subject, now);
                db.ChainNodes.Add(added);
                logger.LogInformation("Chain node {NodeId} added to town {TownId}", added.Id, townId);
                return added.Id;
            }

            var node = await db.ChainNodes.SingleOrDefaultAsync(n => n.Id == existingId, ct) ?? throw new NotFoundException("ChainNode", existingId.ToString());
            caller.RequireThat(ChainNode.MayBeEditedBy(caller, node.TownId), "edit this town's chain");
            if (command.TownId is { } named && named != node.TownId)
            {
                throw new InvalidValueException("town_id", "is not the node's town; a node cannot move to another town (omit town_id or send its own)");
            }

            StaleVersions.Ensure(command.ExpectedVersion, node.Version, "chain node");
            await EnsureEnterprisesAsync(node.TownId, command.Content, ct);
            node.Apply(command.Content, caller.Subject, now);
            return node.Id;
        }, cancellationToken));
        var saved = await db.ChainNodes.AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken);
        var sought = await db.ChainGaps.CountAsync(g => g.ChainNodeId == id && (g.Status == GapStatus.Open || g.Status == GapStatus.InTalks), cancellationToken);
        return new ChainNodeView(saved, sought);
    }

    private async Task EnsureEnterprisesAsync(Guid townId, ChainNodeContent content, CancellationToken cancellationToken)
    {
        var named = content.EnterpriseIds.ToList();
        var ofTown = await db.Enterprises.AsNoTracking().Where(e => e.TownId == townId && named.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        ChainNodeRules.EnsureEnterprisesOfTown(content, ofTown.ToHashSet());
    }
}
