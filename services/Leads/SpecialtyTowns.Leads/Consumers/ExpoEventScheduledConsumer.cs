using MassTransit;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>Keeps Leads' directory of expo events current, so a meeting is requested only at an event that exists and is not over.</summary>
[InboxConsumer("leads.expo-event-directory.expo-event-scheduled", "leads-expo-event-scheduled")]
public sealed class ExpoEventScheduledConsumer(LeadsDbContext db, RecordExpoEvent record, ILogger<ExpoEventScheduledConsumer> logger)
    : InboxConsumer<LeadsDbContext, ExpoEventScheduled>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ExpoEventScheduled> context, CancellationToken cancellationToken)
    {
        var e = context.Message;
        await record.ExecuteAsync(ExpoEventEntry.From(e.EventId, e.Name, e.City, e.StartsOn, e.EndsOn, e.TimeZone), cancellationToken);
        logger.LogInformation("Expo event {EventId} recorded in the leads directory", e.EventId);
    }
}
