using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>
/// Keeps Leads' directory of chain nodes (name, chain position) current, for matching gaps to the
/// positions investors seek. Reference data only: an applied or ignored (older) version is not worth a log line each.
/// </summary>
[InboxConsumer("leads.chain-node-directory.chain-node-changed", "leads-chain-node-changed")]
public sealed class ChainNodeChangedConsumer(LeadsDbContext db, RecordChainNode record, ILogger<ChainNodeChangedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ChainNodeChanged>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<ChainNodeChanged> context, CancellationToken cancellationToken) =>
        record.ExecuteAsync(Entry(context.Message), cancellationToken);

    private static ChainNodeEntry Entry(ChainNodeChanged e) => ChainNodeEntry.From(e.NodeId, e.TownId, e.Chain, e.Name, e.Position, e.Removed, e.Version, e.At);
}
