using MassTransit;
using SpecialtyTowns.Expo.Application;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>Makes each newly registered town available as an exhibitor.</summary>
[InboxConsumer("expo.exhibitor-towns.town-registered", "expo-town-registered")]
public sealed class TownRegisteredConsumer(ExpoDbContext db, LearnTownNames learn, ILogger<TownRegisteredConsumer> logger)
    : InboxConsumer<ExpoDbContext, TownRegistered>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<TownRegistered> context, CancellationToken cancellationToken)
    {
        var town = context.Message;
        await learn.ExecuteAsync(town.TownId, town.Name, town.NameEn, town.RegisteredAt, cancellationToken);
        logger.LogInformation("Town {TownId} can now exhibit", town.TownId);
    }
}
