using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps Leads' directory of chain nodes (name, chain position) current, for matching gaps to the positions investors seek.</summary>
[InboxConsumer("leads.chain-node-directory.chain-node-changed", "leads-chain-node-changed")]
public sealed class ChainNodeChangedConsumer(LeadsDbContext db, RecordChainNode record, ILogger<ChainNodeChangedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ChainNodeChanged>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ChainNodeChanged> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        // Reference data only: an applied or ignored (older) version is not worth a log line each.
        await record.ExecuteAsync(ChainNodeEntry.From(e.NodeId, e.TownId, e.Chain, e.Name, e.Position, e.Removed, e.Version, e.At), cancellationToken);
    }
}
