using MassTransit;
using SpecialtyTowns.Expo.Application;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;
using SpecialtyTowns.Towns.Contracts;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>Renames exhibitor towns when their profile changes.</summary>
[InboxConsumer("expo.exhibitor-towns.town-updated", "expo-town-updated")]
public sealed class TownUpdatedConsumer(ExpoDbContext db, LearnTownNames learn, ILogger<TownUpdatedConsumer> logger)
    : InboxConsumer<ExpoDbContext, TownUpdated>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<TownUpdated> context, CancellationToken cancellationToken)
    {
        var town = context.Message;
        var applied = await learn.ExecuteAsync(town.TownId, town.Name, town.NameEn, town.UpdatedAt, cancellationToken);
        logger.LogInformation("Town {TownId} names as of {UpdatedAt} applied to exhibitors: {Applied}", town.TownId, town.UpdatedAt, applied);
    }
}
