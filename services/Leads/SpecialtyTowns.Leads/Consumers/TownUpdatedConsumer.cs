using MassTransit;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps Leads' town directory in step with towns' profile changes.</summary>
[InboxConsumer("leads.town-directory.town-updated", "leads-town-updated")]
public sealed class TownUpdatedConsumer(LeadsDbContext db, RecordTownUpdated record, ILogger<TownUpdatedConsumer> logger)
    : InboxConsumer<LeadsDbContext, TownUpdated>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<TownUpdated> context, CancellationToken cancellationToken)
    {
        var changed = await record.ExecuteAsync(context.Message, cancellationToken);
        logger.LogInformation("Town {TownId} update as of {UpdatedAt} applied to the leads directory: {Changed}", context.Message.TownId, context.Message.UpdatedAt, changed);
    }
}
