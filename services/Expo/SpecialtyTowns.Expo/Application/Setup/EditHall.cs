using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The organizer renames or reorders a hall; an edit that changes nothing publishes nothing.</summary>
public sealed class EditHall(AddSetupItem frame)
{
    public async Task<Hall> ExecuteAsync(EditHallCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await frame.ExecuteAsync(command, command.EventId, nameof(EditHall), "hall", caller, async (expoEvent, ct) =>
        {
            var hall = await frame.Db.Halls.SingleOrDefaultAsync(h => h.Id == command.HallId && h.EventId == expoEvent.Id, ct)
                ?? throw new NotFoundException("Hall", command.HallId.ToString());
            var changed = hall.Change(command.Name, command.NameEn, command.Position);
            return (hall.Id, changed ? (IReadOnlyList<Guid>)[hall.Id] : []);
        }, cancellationToken);
        return await frame.Db.Halls.AsNoTracking().SingleAsync(h => h.Id == id, cancellationToken);
    }
}
