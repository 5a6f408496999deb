using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps a chain gap's title and status in Leads' directory current.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-updated", "leads-chain-gap-updated")]
public sealed class ChainGapUpdatedConsumer(LeadsDbContext db, RecordGap record, ILogger<ChainGapUpdatedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ChainGapUpdated>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ChainGapUpdated> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(e.GapId, e.TownId, e.Title, e.Status, e.At, cancellationToken);
        logger.LogInformation("Chain gap {GapId} as of {At} applied to the leads directory: {Changed}", e.GapId, e.At, changed);
    }
}
