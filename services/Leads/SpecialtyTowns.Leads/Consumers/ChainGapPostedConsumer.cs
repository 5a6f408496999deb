using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Adds a posted chain gap to Leads' directory, so leads can name it.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-posted", "leads-chain-gap-posted")]
public sealed class ChainGapPostedConsumer(LeadsDbContext db, RecordGap record, ILogger<ChainGapPostedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ChainGapPosted>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ChainGapPosted> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(e.GapId, e.TownId, e.Title, e.Status, e.At, cancellationToken);
        logger.LogInformation("Chain gap {GapId} as of {At} applied to the leads directory: {Changed}", e.GapId, e.At, changed);
    }
}
