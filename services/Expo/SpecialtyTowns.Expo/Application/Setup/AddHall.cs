using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The organizer adds a hall of the venue; tables stand in halls.</summary>
public sealed class AddHall(AddSetupItem frame)
{
    public async Task<Hall> ExecuteAsync(AddHallCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await frame.ExecuteAsync(command, command.EventId, nameof(AddHall), "hall", caller, (expoEvent, _) =>
        {
            var hall = Hall.Create(expoEvent.Id, command.Name, command.NameEn, command.Position);
            frame.Db.Halls.Add(hall);
            return Task.FromResult<(Guid, IReadOnlyList<Guid>)>((hall.Id, [hall.Id]));
        }, cancellationToken);
        return await frame.Db.Halls.AsNoTracking().SingleAsync(h => h.Id == id, cancellationToken);
    }
}
