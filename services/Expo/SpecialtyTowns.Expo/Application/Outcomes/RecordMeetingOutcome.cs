using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Outcomes;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Outcomes;

/// <summary>
/// A party records what happened in its meeting (upsert: one outcome per party and meeting). Each real
/// change is published as <see cref="MeetingOutcomeRecorded"/> in the same transaction; saying the same
/// again changes and publishes nothing. Two first records racing: the primary key lets one insert, the
/// other is applied as a change on the retry.
/// </summary>
public sealed class RecordMeetingOutcome(ExpoDbContext db, OutcomeMeetings meetings, IOutbox outbox, IIdempotency idempotency, TimeProvider clock, ILogger<RecordMeetingOutcome> logger)
{
    public async Task<MeetingOutcomeView> ExecuteAsync(RecordMeetingOutcomeCommand command, Caller caller, CancellationToken cancellationToken)
    {
        OutcomeRules.Ensure(command);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await idempotency.ExecuteAsync(caller, nameof(RecordMeetingOutcome), command, ct => RecordAsync(command, caller, ct), cancellationToken);
                break;
            }
            catch (Exception exception) when (attempt == 1 && UniqueIndexes.Refused(exception))
            {
                db.ChangeTracker.Clear();
            }
        }

        db.ChangeTracker.Clear();
        var meeting = await meetings.ForPartyAsync(command.MeetingId, caller, cancellationToken);
        var outcome = await db.Outcomes.AsNoTracking().SingleAsync(o => o.MeetingId == command.MeetingId && o.ParticipantId == meeting.ParticipantId, cancellationToken);
        return new MeetingOutcomeView(meeting, outcome);
    }

    private async Task<Guid> RecordAsync(RecordMeetingOutcomeCommand command, Caller caller, CancellationToken ct)
    {
        var meeting = await meetings.ForPartyAsync(command.MeetingId, caller, ct);
        var now = clock.GetUtcNow();
        var outcome = await db.Outcomes.SingleOrDefaultAsync(o => o.MeetingId == command.MeetingId && o.ParticipantId == meeting.ParticipantId, ct);
        if (outcome is null)
        {
            outcome = MeetingOutcome.Record(meeting.Event.Id, command.MeetingId, meeting.ParticipantId, command.Held, command.Rating, command.NextStep, command.Note, caller.Subject, now);
            db.Outcomes.Add(outcome);
        }
        else if (!outcome.Change(command.Held, command.Rating, command.NextStep, command.Note, caller.Subject, now))
        {
            return command.MeetingId;
        }

        outbox.Add(Recorded(meeting, outcome, now));
        logger.LogInformation("Participant {ParticipantId} recorded meeting {MeetingId} as held {Held} with next step {NextStep}", meeting.ParticipantId, command.MeetingId, outcome.Held, outcome.NextStep);
        return command.MeetingId;
    }

    private static MeetingOutcomeRecorded Recorded(OutcomeMeeting meeting, MeetingOutcome outcome, DateTimeOffset now) => new(
        meeting.Event.Id,
        meeting.Meeting.Id,
        meeting.ParticipantId,
        outcome.Held,
        outcome.Rating,
        outcome.NextStep,
        [.. meeting.Parties.Select(p => new MeetingOutcomeParty(p.Id, p.Kind, p.SubjectId, p.OrganisationId, p.Name))],
        meeting.Meeting.ProjectId,
        meeting.Meeting.GapId,
        meeting.Slot?.StartsAt,
        meeting.Event.Name,
        outcome.RecordedBy,
        outcome.Version,
        now);
}
