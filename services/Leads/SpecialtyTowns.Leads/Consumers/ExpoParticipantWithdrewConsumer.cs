using MassTransit;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Leads.Application.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>A participant that withdrew from an expo is never scored against the others again.</summary>
[InboxConsumer("leads.matching.expo-participant-withdrew", "leads-expo-participant-withdrew")]
public sealed class ExpoParticipantWithdrewConsumer(LeadsDbContext db, RecordExpoParticipant record, ILogger<ExpoParticipantWithdrewConsumer> logger)
    : InboxConsumer<LeadsDbContext, ParticipantWithdrew>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<ParticipantWithdrew> context, CancellationToken cancellationToken) =>
        record.WithdrewAsync(context.Message.EventId, context.Message.ParticipantId, context.Message.Kind, context.Message.SubjectId, cancellationToken);
}
