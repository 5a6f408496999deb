using MassTransit;
using SpecialtyTowns.Expo.Application.Standby;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>Leads' match scores of an event's participants, kept for the standby refill's ranking.</summary>
[InboxConsumer("expo.standby.expo-matches-scored", "expo-matches-scored")]
public sealed class ExpoMatchesScoredConsumer(ExpoDbContext db, RecordStandbyMatches record, ILogger<ExpoMatchesScoredConsumer> logger)
    : InboxConsumer<ExpoDbContext, ExpoMatchesScored>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<ExpoMatchesScored> context, CancellationToken cancellationToken) =>
        record.ExecuteAsync(context.Message, cancellationToken);
}
