using MassTransit;
using SpecialtyTowns.Enterprises.Application.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Enterprises.Consumers;

/// <summary>Keeps Enterprises' towns (names, city) in step with towns' profile changes.</summary>
[InboxConsumer("enterprises.towns.town-updated", "enterprises-town-updated")]
public sealed class TownUpdatedConsumer(EnterprisesDbContext db, RecordTown record, ILogger<TownUpdatedConsumer> logger)
    : InboxConsumer<EnterprisesDbContext, TownUpdated>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<TownUpdated> context, CancellationToken cancellationToken)
    {
        var town = context.Message;
        var changed = await record.ExecuteAsync(new TownSnapshot(town.TownId, town.Name, town.NameEn, town.City, town.County, town.UpdatedAt), cancellationToken);
        logger.LogInformation("Town {TownId} update as of {UpdatedAt} applied in enterprises: {Changed}", town.TownId, town.UpdatedAt, changed);
    }
}
