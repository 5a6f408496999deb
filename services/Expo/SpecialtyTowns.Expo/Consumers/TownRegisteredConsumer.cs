using MassTransit;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>Makes each newly registered town available as an exhibitor.</summary>
[InboxConsumer("expo.exhibitor-towns.town-registered", "expo-town-registered")]
public sealed class TownRegisteredConsumer(ExpoDbContext db, TimeProvider clock, ILogger<TownRegisteredConsumer> logger)
    : InboxConsumer<ExpoDbContext, TownRegistered>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<TownRegistered> context, CancellationToken cancellationToken)
    {
        var town = context.Message;
        Db.ExhibitorTowns.Add(ExhibitorTown.From(town.TownId, town.Name, town.NameEn, clock.GetUtcNow()));
        logger.LogInformation("Town {TownId} can now exhibit", town.TownId);
        return Task.CompletedTask;
    }
}
