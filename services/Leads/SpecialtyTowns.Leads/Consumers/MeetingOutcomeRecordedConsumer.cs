using MassTransit;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Leads.Application;
using SpecialtyTowns.Leads.Infrastructure;
using SpecialtyTowns.Messaging.Inbox;

namespace SpecialtyTowns.Leads.Consumers;

/// <summary>
/// A held expo meeting between an investor and a town creates or advances their lead (<see cref="ApplyExpoMeeting"/>).
/// A meeting not held, or without an investor and a town among its parties (an enterprise's), makes no lead.
/// </summary>
[InboxConsumer("leads.pipeline.meeting-outcome-recorded", "leads-meeting-outcome-recorded")]
public sealed class MeetingOutcomeRecordedConsumer(LeadsDbContext db, ApplyExpoMeeting apply, ILogger<MeetingOutcomeRecordedConsumer> logger)
    : InboxConsumer<LeadsDbContext, MeetingOutcomeRecorded>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<MeetingOutcomeRecorded> context, CancellationToken cancellationToken)
    {
        var outcome = context.Message;
        var investor = outcome.Parties.FirstOrDefault(p => p.Kind == "investor");
        var town = outcome.Parties.FirstOrDefault(p => p.Kind == "town");
        if (!outcome.Held || investor.Kind is null || town.Kind is null)
        {
            logger.LogInformation("Expo meeting {MeetingId} outcome (held {Held}) makes no lead", outcome.MeetingId, outcome.Held);
            return;
        }

        await apply.ExecuteAsync(
            new ExpoMeetingOutcome(
                outcome.EventId,
                outcome.EventName,
                outcome.MeetingId,
                investor.SubjectId,
                investor.OrganisationId,
                town.SubjectId,
                outcome.ProjectId,
                outcome.GapId,
                outcome.SlotStartsAt ?? outcome.At,
                outcome.NextStep,
                [.. outcome.Parties.Select(p => p.Name)]),
            cancellationToken);
    }
}
