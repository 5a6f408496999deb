using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The organizer adds a slot by hand; one overlapping another is refused by the database.</summary>
public sealed class AddSlot(AddSetupItem frame)
{
    public async Task<Slot> ExecuteAsync(AddSlotCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await frame.ExecuteAsync(command, command.EventId, nameof(AddSlot), "slot", caller, (expoEvent, _) =>
        {
            SessionSlots.EnsureSlot(expoEvent, command.StartsAt, command.EndsAt);
            var slot = Slot.Create(expoEvent.Id, null, command.StartsAt, command.EndsAt);
            frame.Db.Slots.Add(slot);
            return Task.FromResult<(Guid, IReadOnlyList<Guid>)>((slot.Id, [slot.Id]));
        }, cancellationToken);
        return await frame.Db.Slots.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
    }
}
