using MassTransit;
using SpecialtyTowns.Enterprises.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Marks a filled chain gap (the event carries no title: the known one stays).</summary>
[InboxConsumer("leads.gap-directory.chain-gap-filled", "leads-chain-gap-filled")]
public sealed class ChainGapFilledConsumer(LeadsDbContext db, RecordGap record, ILogger<ChainGapFilledConsumer> logger)
    : InboxConsumer<LeadsDbContext, ChainGapFilled>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ChainGapFilled> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        var changed = await record.ExecuteAsync(e.GapId, e.TownId, string.Empty, "filled", e.At, cancellationToken);
        logger.LogInformation("Chain gap {GapId} as of {At} applied to the leads directory: {Changed}", e.GapId, e.At, changed);
    }
}
