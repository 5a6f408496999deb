using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Adds each newly registered town to Leads' own town directory.</summary>
[InboxConsumer("leads.town-directory.town-registered", "leads-town-registered")]
public sealed class TownRegisteredConsumer(LeadsDbContext db, RecordTownRegistered record, ILogger<TownRegisteredConsumer> logger)
    : InboxConsumer<LeadsDbContext, TownRegistered>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<TownRegistered> context, CancellationToken cancellationToken)
    {
        await record.ExecuteAsync(context.Message, cancellationToken);
        logger.LogInformation("Town {TownId} added to the leads directory", context.Message.TownId);
    }
}
