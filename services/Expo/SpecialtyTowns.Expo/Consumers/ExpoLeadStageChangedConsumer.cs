using MassTransit;
using SpecialtyTowns.Expo.Application.Outcomes.Leads;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Expo.Consumers;

/// <summary>An existing lead advanced by one of the event's meetings counts for its figures (as advanced, not created).</summary>
[InboxConsumer("expo.expo-leads.lead-stage-changed", "expo-lead-stage-changed")]
public sealed class ExpoLeadStageChangedConsumer(ExpoDbContext db, RecordExpoLead record, ILogger<ExpoLeadStageChangedConsumer> logger)
    : InboxConsumer<ExpoDbContext, LeadStageChanged>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<LeadStageChanged> context, CancellationToken cancellationToken) =>
        context.Message is { ExpoEventId: { } eventId, MeetingId: { } meetingId } move
            ? record.SeenAsync(move.LeadId, eventId, meetingId, false, cancellationToken)
            : Task.CompletedTask;
}
