using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.Expo.Application.Bookings;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>
/// A party checks itself in at its meeting's table, or the event's organizer checks a party in. A
/// party never checks in another party (403). The party's row is locked before it is read, so two
/// simultaneous check-ins record and publish once; arriving clears a provisional no-show.
/// </summary>
public sealed class CheckInAtMeeting(
    ExpoDbContext db,
    MeetingActors actors,
    IOutbox outbox,
    IIdempotency idempotency,
    TimeProvider clock,
    ILogger<CheckInAtMeeting> logger)
{
    public Task<MeetingCheckInView> ExecuteAsync(MeetingCheckInCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, nameof(CheckInAtMeeting), command, async ct =>
        {
            var actor = await actors.ForAsync(null, command.MeetingId, caller, ct);
            var participantId = Party(actor, command.ParticipantId);
            var meeting = actor.Meeting;
            if (meeting.IsClosed || !meeting.IsPlaced)
            {
                throw new BusinessRuleException("meeting-not-scheduled", $"The meeting is {meeting.Status}: only a scheduled meeting is checked in at its table");
            }

            await db.Database.ExecuteSqlAsync(
                $"SELECT participant_id FROM meeting_parties WHERE meeting_id = {meeting.Id} AND participant_id = {participantId} FOR NO KEY UPDATE",
                ct);
            var party = meeting.Parties.Single(p => p.ParticipantId == participantId);
            await db.Entry(party).ReloadAsync(ct);
            var wasProvisional = party.NoShow == NoShowStates.Provisional;
            // PostgreSQL keeps microseconds: the first answer says what a repeated one will read back.
            var now = clock.GetUtcNow();
            now = now.AddTicks(-(now.Ticks % 10));
            var created = party.CheckIn(caller.Subject, now);
            if (created)
            {
                outbox.Add(new MeetingPartyCheckedIn(meeting.EventId, meeting.Id, participantId, caller.Subject, now, wasProvisional));
                logger.LogInformation("Party {ParticipantId} checked in at meeting {MeetingId} by {Subject}", participantId, meeting.Id, caller.Subject);
            }

            return new MeetingCheckInView(meeting.Id, meeting.EventId, participantId, party.CheckedInBy!, party.CheckedInAt!.Value, created, party.NoShow);
        }, cancellationToken);

    /// <summary>The party to check in: any party for the organizer (who must name it), only itself for a party.</summary>
    private static Guid Party(MeetingActor actor, Guid? named)
    {
        if (actor.IsOrganizer)
        {
            var id = named ?? throw new InvalidValueException("participant_id", "name the party to check in");
            return actor.Meeting.PartyIds.Contains(id) ? id : throw new InvalidValueException("participant_id", $"{id} is not a party of this meeting");
        }

        if (named is { } other && other != actor.ParticipantId)
        {
            throw new ForbiddenException("A party checks in only itself; the organizer's desk checks in others");
        }

        return actor.ParticipantId!.Value;
    }
}
