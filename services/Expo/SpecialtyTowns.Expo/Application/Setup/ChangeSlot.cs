using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The organizer moves or deletes a slot. The slot row is locked first (FOR UPDATE), so a booking
/// into it waits for this change and none slips in unseen; meetings placed in it are refused or,
/// explicitly, unplaced (<see cref="PlacedMeetings"/>). A move to the same instants changes nothing.
/// </summary>
public sealed class ChangeSlot(AddSetupItem frame, PlacedMeetings placed)
{
    public async Task<SlotChangeResult> ExecuteAsync(ChangeSlotCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var deleting = command.StartsAt is null;
        return await frame.ExecuteAsync(command, command.EventId, deleting ? "DeleteSlot" : "MoveSlot", "slot", caller, async (expoEvent, ct) =>
        {
            var slot = await frame.Db.Slots
                .FromSql($"SELECT * FROM slots WHERE id = {command.SlotId} AND event_id = {expoEvent.Id} FOR UPDATE")
                .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Slot", command.SlotId.ToString());
            if (!deleting)
            {
                SessionSlots.EnsureSlot(expoEvent, command.StartsAt!.Value, command.EndsAt!.Value);
                if (slot.StartsAt == command.StartsAt.Value.ToUniversalTime() && slot.EndsAt == command.EndsAt.Value.ToUniversalTime())
                {
                    return (new SlotChangeResult(slot.Id, []), (IReadOnlyList<Guid>)[]);
                }
            }

            var unplaced = await placed.UnplaceOrRefuseAsync(expoEvent.Id, [slot.Id], null, command.UnplaceMeetings, deleting ? "slot-deleted" : "slot-moved", ct);
            if (deleting)
            {
                // The unplaced meetings' occupancy rows go first: they hold the slot (FK restrict).
                await frame.Db.SaveChangesAsync(ct);
                frame.Db.Slots.Remove(slot);
                return (new SlotChangeResult(null, unplaced), (IReadOnlyList<Guid>)[slot.Id]);
            }

            slot.Move(command.StartsAt!.Value, command.EndsAt!.Value);

            // Cancelled and no-show meetings still show at this slot in calendar feeds: their time moved.
            var shown = await frame.Db.Meetings.Where(m => m.EventId == expoEvent.Id && m.CalendarSlotId == slot.Id && !unplaced.Contains(m.Id)).ToListAsync(ct);
            shown.ForEach(m => m.CalendarTimeChanged());
            return (new SlotChangeResult(slot.Id, unplaced), (IReadOnlyList<Guid>)[slot.Id]);
        }, cancellationToken);
    }
}
