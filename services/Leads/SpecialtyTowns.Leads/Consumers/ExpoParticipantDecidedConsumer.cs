using MassTransit;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Leads.Application.Matching;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>An approved expo participant is scored against the event's others (<see cref="RecordExpoParticipant"/>); a rejected one is not.</summary>
[InboxConsumer("leads.matching.expo-participant-decided", "leads-expo-participant-decided")]
public sealed class ExpoParticipantDecidedConsumer(LeadsDbContext db, RecordExpoParticipant record, ILogger<ExpoParticipantDecidedConsumer> logger)
    : InboxConsumer<LeadsDbContext, ParticipantDecided>(db, logger)
{
    protected override Task HandleAsync(ConsumeContext<ParticipantDecided> context, CancellationToken cancellationToken)
    {
        var decided = context.Message;
        return record.DecidedAsync(decided.EventId, decided.ParticipantId, decided.Kind, decided.SubjectId, decided.OrganisationId, decided.Status == "approved", cancellationToken);
    }
}
