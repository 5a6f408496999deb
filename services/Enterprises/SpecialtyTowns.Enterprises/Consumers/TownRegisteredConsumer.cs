using MassTransit;
using SpecialtyTowns.Enterprises.Application.Towns;
using SpecialtyTowns.Enterprises.Infrastructure;
using SpecialtyTowns.Enterprises.Seeding;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Enterprises.Consumers;

/// <summary>Adds a newly registered town to Enterprises' towns; once it is saved, the town's seed steps run.</summary>
[InboxConsumer("enterprises.towns.town-registered", "enterprises-town-registered")]
public sealed class TownRegisteredConsumer(EnterprisesDbContext db, RecordTown record, AnnounceTownEnterprises announce, TownSeeding seeding, ILogger<TownRegisteredConsumer> logger)
    : InboxConsumer<EnterprisesDbContext, TownRegistered>(db, logger), IConsumer<TownRegistered>
{
    /// <summary>Seeds after the inbox transaction committed: a failing seed step never fails (or loses) the message.</summary>
    public new async Task Consume(ConsumeContext<TownRegistered> context)
    {
        await base.Consume(context);
        await seeding.RunAsync(context.Message.TownId, context.CancellationToken);
    }

    protected override async Task HandleAsync(ConsumeContext<TownRegistered> context, CancellationToken cancellationToken)
    {
        var town = context.Message;
        var changed = await record.ExecuteAsync(new TownSnapshot(town.TownId, town.Name, town.NameEn, town.City, town.County, town.RegisteredAt), cancellationToken);
        var announced = await announce.ExecuteAsync(town.TownId, cancellationToken);
        logger.LogInformation("Town {TownId} registered as of {RegisteredAt} recorded in enterprises: {Changed}; {Announced} enterprises announced again", town.TownId, town.RegisteredAt, changed, announced);
    }
}
