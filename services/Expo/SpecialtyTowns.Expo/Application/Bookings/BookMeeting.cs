using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Notifications;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain.Bookings;
using SpecialtyTowns.Expo.Domain.Meetings;
using SpecialtyTowns.Expo.Domain.Notifications;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Bookings;

/// <summary>
/// Books an accepted meeting into a slot at a table, chosen or the first free one. There is no
/// check-then-insert: each place is tried by saving the occupancy rows (EF wraps the save in a
/// savepoint of the booking's transaction), and PostgreSQL's unique indexes refuse a collision;
/// "the first free place" is found by a query that skips the places taken (<see cref="FreePlaces"/>)
/// and asked again after each collision until a place is won or none is left (409 no-free-place).
/// </summary>
public sealed class BookMeeting(
    ExpoDbContext db,
    MeetingActors actors,
    BookingSnapshots snapshots,
    FreePlaces freePlaces,
    Notifier notifier,
    IOutbox outbox,
    IIdempotency idempotency,
    TimeProvider clock)
{
    /// <summary>The rule of a booking that found no free place (every candidate taken, or none fits).</summary>
    public const string NoFreePlace = "no-free-place";

    public Task<MeetingPlacement> ExecuteAsync(BookMeetingCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, nameof(BookMeeting), command, async ct =>
        {
            var actor = await actors.ForAsync(command.EventId, command.MeetingId, caller, ct);
            var meeting = actor.Meeting;
            BookingRules.EnsureMayPlace(meeting, actor.IsOrganizer);
            var partyIds = meeting.PartyIds.ToList();

            // The parties are locked before anything is read, as SetAvailability (and a withdrawal) lock
            // them: an availability change and a booking of one party never both commit on stale reads.
            await db.LockParticipantsAsync(partyIds, ct);
            var parties = await db.Participants.AsNoTracking().Where(p => partyIds.Contains(p.Id)).ToListAsync(ct);
            MeetingParties.EnsureAllApproved(parties);
            if (IsWhereItIs(meeting, command))
            {
                // Booking a meeting into the place it has changes nothing: no version, event or notice.
                var slotNow = await db.Slots.AsNoTracking().SingleAsync(s => s.Id == meeting.SlotId, ct);
                var labelNow = await db.Tables.AsNoTracking().Where(t => t.Id == meeting.TableId).Select(t => t.Label).SingleAsync(ct);
                return Placements.Of(meeting, slotNow, labelNow);
            }

            var snapshot = await snapshots.ReadAsync(meeting, parties, ct);
            var slot = Pick(snapshot.Slots, command.SlotId, s => s.Id, "slot_id");
            var table = Pick(snapshot.Tables, command.TableId, t => t.Id, "table_id");
            var interpreter = Pick(snapshot.Interpreters, command.InterpreterId, i => i.Id, "interpreter_id");
            if (table is not null)
            {
                BookingRules.EnsureFits(table, snapshot.Seats);
            }

            if (interpreter is not null)
            {
                BookingRules.EnsureSpeaks(interpreter, meeting.InterpreterLanguage);
            }

            if (slot is not null)
            {
                BookingRules.EnsureAvailable(slot.Id, snapshot.UnavailableSlots);
            }

            await snapshots.EnsureWithinLimitsAsync(meeting, parties, actor.Event.MaxMeetingsFor, ct);
            var previousSlot = meeting.SlotId;
            var query = new FreePlaceQuery(meeting.EventId, meeting.Id, [.. partyIds], snapshot.Seats, meeting.InterpreterLanguage, slot?.Id, table?.Id, interpreter?.Id);
            var placed = await PlaceFirstFreeAsync(meeting.Version, query, ct);
            // Read again: the place may be a slot or table added since the snapshot.
            var booked = await db.Slots.AsNoTracking().SingleAsync(s => s.Id == placed.SlotId, ct);
            var tableLabel = await db.Tables.AsNoTracking().Where(t => t.Id == placed.TableId).Select(t => t.Label).SingleAsync(ct);
            notifier.Notify(placed.EventId, partyIds, previousSlot is null ? NotificationKinds.MeetingScheduled : NotificationKinds.MeetingMoved, meeting.RequestId, placed.Id, new Dictionary<string, string>
            {
                ["startsAt"] = booked.StartsAt.ToString("O"),
                ["endsAt"] = booked.EndsAt.ToString("O"),
                ["table"] = tableLabel,
            });
            outbox.Add(new MeetingBooked(placed.EventId, placed.Id, booked.Id, placed.TableId!.Value, placed.InterpreterId, partyIds, booked.StartsAt, booked.EndsAt, previousSlot, caller.Subject));
            return Placements.Of(placed, booked, tableLabel);
        }, cancellationToken);

    // Every attempt places the meeting as it was read and checked (its version): one changed meanwhile
    // (booked, moved or cancelled by someone else) is refused rather than placed on stale checks. A
    // collision on an open choice asks for the first free place again: the winner's rows are committed
    // by then (a unique index waits for the other insert's outcome), so each retry sees strictly more
    // taken and the loop ends when a place is won or none is left. A collision on what the caller
    // chose in a chosen slot is that rule.
    // FOR SHARE waits for an edit of the table's seats (FOR UPDATE) and reads what it committed; an
    // edit that comes second waits for this booking and then sees its meeting. Either way no meeting
    // ends up at a table too small for it.
    private async Task<bool> TableStillFitsAsync(Guid tableId, int seats, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<int>($"SELECT seats AS \"Value\" FROM tables WHERE id = {tableId} FOR SHARE")
            .FirstOrDefaultAsync(cancellationToken) >= seats;

    private async Task<Meeting> PlaceFirstFreeAsync(int version, FreePlaceQuery query, CancellationToken cancellationToken)
    {
        while (await freePlaces.FirstAsync(query, cancellationToken) is { } candidate)
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == query.MeetingId, cancellationToken);
            if (meeting.Version != version)
            {
                throw ChangedMeanwhile();
            }

            if (!await TableStillFitsAsync(candidate.TableId, query.Seats, cancellationToken))
            {
                if (query.TableId is not null)
                {
                    throw new InvalidValueException("table_id", $"the table has fewer than the {query.Seats} seats the parties take (changed meanwhile)");
                }

                continue;
            }

            meeting.Place(candidate.SlotId, candidate.TableId, candidate.InterpreterId, "booking", locked: true, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return meeting;
            }
            catch (DbUpdateException exception) when (OccupancyIndexes.Translate(exception) is { } rule)
            {
                // EF rolled the transaction back to the savepoint it took before this save; forget the attempt too.
                db.ChangeTracker.Clear();
                if (IsChosen(rule.Rule, query))
                {
                    throw rule;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                throw ChangedMeanwhile();
            }
            catch (DbUpdateException exception) when (OccupancyIndexes.IsSlotRemoved(exception))
            {
                throw new BusinessRuleException("slot-removed", "The slot was removed by the organizer at the same time; choose another");
            }
        }

        throw new BusinessRuleException(NoFreePlace, query.SlotId is null
            ? "No slot in which every party is free and available has a free table with enough seats (and a free interpreter, if one is needed)"
            : "No free table with enough seats (and no free interpreter, if one is needed) in that slot");
    }

    private static bool IsChosen(string rule, FreePlaceQuery query) => query.SlotId is not null && rule switch
    {
        "participant-busy" => true,
        "table-busy" => query.TableId is not null,
        "interpreter-busy" => query.InterpreterId is not null,
        _ => false,
    };

    private static bool IsWhereItIs(Meeting meeting, BookMeetingCommand command) =>
        meeting.IsPlaced && command.SlotId == meeting.SlotId && command.TableId == meeting.TableId
        && (command.InterpreterId is null || command.InterpreterId == meeting.InterpreterId);

    private static ConflictException ChangedMeanwhile() => new("The meeting was changed by someone else at the same time; load it again");

    private static T? Pick<T>(IReadOnlyList<T> items, Guid? id, Func<T, Guid> idOf, string field)
        where T : class =>
        id is not { } wanted ? null : items.FirstOrDefault(i => idOf(i) == wanted) ?? throw new InvalidValueException(field, $"{wanted} is not one of this event's {field[..^3]}s");
}
