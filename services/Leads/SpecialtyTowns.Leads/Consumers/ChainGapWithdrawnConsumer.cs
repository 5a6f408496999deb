using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Marks a withdrawn chain gap, which takes no new leads.</summary>
[InboxConsumer("leads.gap-directory.chain-gap-withdrawn", "leads-chain-gap-withdrawn")]
public sealed class ChainGapWithdrawnConsumer(LeadsDbContext db, RecordGap record, ILogger<ChainGapWithdrawnConsumer> logger)
    : InboxConsumer<LeadsDbContext, ChainGapWithdrawn>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ChainGapWithdrawn> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(e.GapId, e.TownId, string.Empty, "withdrawn", e.At, cancellationToken);
        logger.LogInformation("Chain gap {GapId} as of {At} applied to the leads directory: {Changed}", e.GapId, e.At, changed);
    }
}
