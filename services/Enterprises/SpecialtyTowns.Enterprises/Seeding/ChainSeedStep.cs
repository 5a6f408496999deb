using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Enterprises.Application.Chains;
using SpecialtyTowns.Enterprises.Application.Gaps;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Messaging.Outbox;

namespace SpecialtyTowns.Enterprises.Seeding;

/// <summary>
/// Adds a town's chain nodes and gaps from <c>Seed:ChainsPath</c> (<c>data/chains.json</c>), after the
/// enterprises step has added the enterprises they name. Nodes and gaps are matched on their seed keys
/// (<see cref="SeedLedger"/>), so a second run adds nothing, nor brings back an item the town renamed or
/// removed; a named enterprise the town lacks is left out and logged.
/// Gaps are announced (ChainGapPosted) like any other, so search and matching hear of them.
/// </summary>
public sealed class ChainSeedStep(EnterprisesDbContext db, IOutbox outbox, SeedLedger ledger, IConfiguration configuration, TimeProvider clock, ILogger<ChainSeedStep> logger) : ITownSeedStep
{
    /// <summary>The actor seeded items are recorded as (history, updated_by).</summary>
    public const string Actor = "seed";

    /// <summary>After the enterprises step, whose enterprises the nodes and gaps name.</summary>
    public int Order => 200;

    public async Task RunAsync(TownEntry town, CancellationToken cancellationToken)
    {
        var path = configuration["Seed:ChainsPath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var seed = (await ChainSeedFile.LoadAsync(path, cancellationToken)).Towns.FirstOrDefault(t => t.Town == town.Name);
        if (seed is null)
        {
            return;
        }

        // Start-up seeding and a TownRegistered delivery may run for one town at once: a lock per town
        // makes the second wait and then find everything added.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"chain-seed:" + town.TownId}))", ct);
                await AddAsync(town, seed, ct);
                await transaction.CommitAsync(ct);
            },
            cancellationToken);
    }

    private async Task AddAsync(TownEntry town, ChainSeedTown seed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var enterprises = await db.Enterprises.Where(e => e.TownId == town.TownId).ToDictionaryAsync(e => e.Name, e => e.Id, cancellationToken);
        var nodes = await db.ChainNodes.Where(n => n.TownId == town.TownId).ToListAsync(cancellationToken);
        var nodeIds = await ledger.ReadAsync(SeedLedger.ChainNode, town.TownId, cancellationToken);
        foreach (var item in seed.Nodes.Where(n => !nodeIds.ContainsKey(n.Key)))
        {
            // Seeded before seed keys were recorded: found by its chain and name once.
            var node = nodes.FirstOrDefault(n => n.Chain == item.Chain && n.Name == item.Name);
            if (node is null)
            {
                node = ChainNode.Add(town.TownId, item.ToContent(Resolve(enterprises, item.Enterprises ?? [], town.Name)), Actor, now);
                db.ChainNodes.Add(node);
                outbox.Add(ChainNodeEvents.Changed(node, removed: false, now));
                nodes.Add(node);
            }

            await ledger.RecordAsync(SeedLedger.ChainNode, town.TownId, item.Key, node.Id, now, cancellationToken);
            nodeIds[item.Key] = node.Id;
        }

        var seededGaps = await ledger.ReadAsync(SeedLedger.ChainGap, town.TownId, cancellationToken);
        var gaps = await db.ChainGaps.Where(g => g.TownId == town.TownId).Select(g => new { g.Id, g.Title }).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var item in seed.Gaps.Where(g => !seededGaps.ContainsKey(g.Key)))
        {
            var gapId = gaps.FirstOrDefault(g => g.Title == item.Title)?.Id ?? PostGap(town, item, enterprises, nodes, nodeIds, now);
            if (gapId is { } id)
            {
                await ledger.RecordAsync(SeedLedger.ChainGap, town.TownId, item.Key, id, now, cancellationToken);
                added += gaps.Any(g => g.Id == id) ? 0 : 1;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the chain of {Town}: {Nodes} nodes, {Added} new gaps", town.Name, seed.Nodes.Count, added);
    }

    /// <returns>The new gap's id, or null when it cannot be posted (its poster or its node is not in the town).</returns>
    private Guid? PostGap(TownEntry town, ChainSeedGap item, Dictionary<string, Guid> enterprises, List<ChainNode> nodes, Dictionary<string, Guid> nodeIds, DateTimeOffset now)
    {
        Guid? poster = null;
        if (item.PostedBy is { } name)
        {
            if (!enterprises.TryGetValue(name, out var found))
            {
                logger.LogWarning("Seed gap {Key} skipped: town {Town} has no enterprise {Enterprise}", item.Key, town.Name, name);
                return null;
            }

            poster = found;
        }

        var node = item.Node is { } key ? nodes.FirstOrDefault(n => n.Id == nodeIds[key]) : null;
        if (item.Node is not null && node is null)
        {
            logger.LogWarning("Seed gap {Key} skipped: the town removed its node {Node}", item.Key, item.Node);
            return null;
        }

        var content = item.ToContent(node?.Id);
        GapContentRules.Ensure(content, new GapPoster(town.TownId, poster), node, null, now);
        var gap = ChainGap.Post(town.TownId, poster, content, Actor, now);
        db.ChainGaps.Add(gap);
        outbox.Add(ChainGapEvents.Posted(gap));
        return gap.Id;
    }

    private List<Guid> Resolve(Dictionary<string, Guid> enterprises, IReadOnlyList<string> names, string town)
    {
        foreach (var missing in names.Where(n => !enterprises.ContainsKey(n)))
        {
            logger.LogWarning("Seed node of {Town} leaves out {Enterprise}: no such enterprise in the town", town, missing);
        }

        return [.. names.Where(enterprises.ContainsKey).Select(n => enterprises[n])];
    }
}
