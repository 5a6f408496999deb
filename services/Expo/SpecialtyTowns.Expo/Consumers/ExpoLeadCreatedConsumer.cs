using MassTransit;
using SpecialtyTowns.Expo.Application.Outcomes.Leads;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>A lead made from one of the event's meetings counts for its figures.</summary>
[InboxConsumer("expo.expo-leads.lead-created", "expo-lead-created")]
public sealed class ExpoLeadCreatedConsumer(ExpoDbContext db, RecordExpoLead record, ILogger<ExpoLeadCreatedConsumer> logger)
    : InboxConsumer<ExpoDbContext, LeadCreated>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<LeadCreated> context, CancellationToken cancellationToken) =>
        context.Message is { ExpoEventId: { } eventId, MeetingId: { } meetingId } lead
            ? record.SeenAsync(lead.LeadId, eventId, meetingId, true, cancellationToken)
            : Task.CompletedTask;
}
