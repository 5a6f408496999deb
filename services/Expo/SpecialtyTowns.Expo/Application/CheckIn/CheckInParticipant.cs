using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.CheckIn;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.CheckIn;

/// <summary>
/// The desk checks a participant (or one of its attendees) in at the venue: by a badge token, which
/// must carry this event's key's valid signature, or by the id a name search found. There is no
/// check-then-insert race: the unique index on (participant, attendee) decides, and the loser of two
/// simultaneous check-ins answers the winner's row (Created false), publishing nothing.
/// </summary>
public sealed class CheckInParticipant(
    ExpoDbContext db,
    EventAccess access,
    BadgeKeys keys,
    IOutbox outbox,
    IIdempotency idempotency,
    TimeProvider clock,
    ILogger<CheckInParticipant> logger)
{
    public const string UniqueIndex = "ux_venue_check_ins_participant_attendee";

    public async Task<CheckInView> ExecuteAsync(CheckInCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var (participantId, attendeeId) = await WhoAsync(command, caller, cancellationToken);
        try
        {
            return await idempotency.ExecuteAsync(caller, nameof(CheckInParticipant), command, async ct =>
            {
                var (participant, existingId) = await CheckedParticipantAsync(command.EventId, participantId, attendeeId, ct);
                if (existingId is { } id)
                {
                    return View(await db.CheckIns.AsNoTracking().SingleAsync(c => c.Id == id, ct), participant, created: false);
                }

                // PostgreSQL keeps microseconds: the first answer says what a repeated one will read back.
                var now = clock.GetUtcNow();
                var checkIn = VenueCheckIn.Record(command.EventId, participantId, attendeeId, command.Method, caller.Subject, now.AddTicks(-(now.Ticks % 10)));
                db.CheckIns.Add(checkIn);
                outbox.Add(new ParticipantCheckedIn(command.EventId, participantId, attendeeId, participant.Kind, command.Method, caller.Subject, checkIn.CheckedInAt));
                // Debug: the row and ParticipantCheckedIn are the record; with logs at Warning the service
                // used 17 s of CPU instead of 21 s over 3,000 check-ins (docs/performance.md).
                logger.LogDebug("Participant {ParticipantId} (attendee {AttendeeId}) checked in at event {EventId} by {Method}", participantId, attendeeId, command.EventId, command.Method);
                return View(checkIn, participant, created: true);
            }, cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueIndexes.Refused(exception, UniqueIndex))
        {
            // Another desk checked the same badge in a moment earlier: answer its check-in.
            db.ChangeTracker.Clear();
            var first = await db.CheckIns.AsNoTracking().SingleAsync(c => c.ParticipantId == participantId && c.AttendeeId == attendeeId, cancellationToken);
            var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Id == participantId, cancellationToken);
            return View(first, participant, created: false);
        }
    }

    /// <summary>The participant and attendee the command names, after the caller is known to run the event and a badge is verified.</summary>
    private async Task<(Guid Participant, Guid? Attendee)> WhoAsync(CheckInCommand command, Caller caller, CancellationToken cancellationToken)
    {
        await access.ManagedEventAsync(command.EventId, caller, cancellationToken, track: false);
        if (string.IsNullOrEmpty(command.Badge))
        {
            return (command.ParticipantId ?? throw new InvalidValueException("participant_id", "name a badge or a participant"), command.AttendeeId);
        }

        var parsed = BadgeToken.TryParse(command.Badge) ?? throw new InvalidValueException("badge", "is not a badge token");
        if (parsed.Badge.EventId != command.EventId)
        {
            throw new InvalidValueException("badge", "is a badge of another event");
        }

        var key = await keys.FindAsync(command.EventId, cancellationToken);
        if (key is null || key.KeyId != parsed.Badge.KeyId || !BadgeSignatures.Verify(key, parsed.Payload, parsed.Signature))
        {
            logger.LogWarning("Refused a badge with a bad signature at event {EventId}", command.EventId);
            throw new InvalidValueException("badge", "the signature does not match: the badge was altered or not issued by this event");
        }

        return (parsed.Badge.ParticipantId, parsed.Badge.AttendeeId);
    }

    /// <summary>
    /// The participant, checked, and the id of its check-in if it has one, in one round trip: the check-in is a
    /// scalar subquery of the participant's row (at 200 check-ins a second every round trip counts).
    /// </summary>
    private async Task<(Participant Participant, Guid? CheckInId)> CheckedParticipantAsync(Guid eventId, Guid participantId, Guid? attendeeId, CancellationToken cancellationToken)
    {
        var found = await db.Participants.AsNoTracking()
            .Where(p => p.Id == participantId && p.EventId == eventId)
            .Select(p => new
            {
                Participant = p,
                CheckInId = db.CheckIns.Where(c => c.ParticipantId == p.Id && c.AttendeeId == attendeeId).Select(c => (Guid?)c.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidValueException("participant_id", $"there is no participant {participantId} in this event");
        var participant = found.Participant;
        if (attendeeId is { } attendee && participant.Attendees.All(a => a.Id != attendee))
        {
            throw new InvalidValueException("attendee_id", $"there is no attendee {attendee} of that participant");
        }

        if (!participant.IsApproved)
        {
            throw new BusinessRuleException("participant-not-approved", $"The registration is {participant.Status}: only approved participants check in");
        }

        return (participant, found.CheckInId);
    }

    private static CheckInView View(VenueCheckIn checkIn, Participant participant, bool created) => new(
        checkIn.Id,
        checkIn.EventId,
        checkIn.ParticipantId,
        checkIn.AttendeeId,
        participant.Name,
        participant.NameEn,
        participant.Attendees.FirstOrDefault(a => a.Id == checkIn.AttendeeId)?.Name,
        participant.Kind,
        checkIn.Method,
        checkIn.CheckedInBy,
        checkIn.CheckedInAt,
        created);
}
