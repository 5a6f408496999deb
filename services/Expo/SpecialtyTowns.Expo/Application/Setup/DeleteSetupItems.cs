using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The organizer deletes a hall (with its tables), a table or an interpreter. Nothing is checked
/// before the delete: the foreign keys of placed meetings (ON DELETE RESTRICT) refuse it, which
/// the frame answers as 409 "meetings-placed"; so a booking committing meanwhile is refused too.
/// </summary>
public sealed class DeleteSetupItems(AddSetupItem frame)
{
    public Task<IReadOnlyList<Guid>> HallAsync(DeleteSetupItemCommand command, Caller caller, CancellationToken cancellationToken) =>
        frame.ExecuteAsync(command, command.EventId, "DeleteHall", "hall", caller, async (expoEvent, ct) =>
        {
            var hall = await frame.Db.Halls.SingleOrDefaultAsync(h => h.Id == command.ItemId && h.EventId == expoEvent.Id, ct)
                ?? throw new NotFoundException("Hall", command.ItemId.ToString());
            var tables = await frame.Db.Tables.Where(t => t.HallId == hall.Id).OrderBy(t => t.Id).ToListAsync(ct);
            frame.Db.Tables.RemoveRange(tables);
            frame.Db.Halls.Remove(hall);
            IReadOnlyList<Guid> ids = [hall.Id, .. tables.Select(t => t.Id)];
            return (ids, ids);
        }, cancellationToken);

    public Task<IReadOnlyList<Guid>> TableAsync(DeleteSetupItemCommand command, Caller caller, CancellationToken cancellationToken) =>
        DeleteOneAsync(command, "DeleteTable", "tables", "Table", caller, (eventId, ct) => frame.Db.Tables.SingleOrDefaultAsync(t => t.Id == command.ItemId && t.EventId == eventId, ct), cancellationToken);

    public Task<IReadOnlyList<Guid>> InterpreterAsync(DeleteSetupItemCommand command, Caller caller, CancellationToken cancellationToken) =>
        DeleteOneAsync(command, "DeleteInterpreter", "interpreter", "Interpreter", caller, (eventId, ct) => frame.Db.Interpreters.SingleOrDefaultAsync(i => i.Id == command.ItemId && i.EventId == eventId, ct), cancellationToken);

    private Task<IReadOnlyList<Guid>> DeleteOneAsync<T>(
        DeleteSetupItemCommand command, string operation, string what, string entity, Caller caller, Func<Guid, CancellationToken, Task<T?>> find, CancellationToken cancellationToken)
        where T : class =>
        frame.ExecuteAsync(command, command.EventId, operation, what, caller, async (expoEvent, ct) =>
        {
            var item = await find(expoEvent.Id, ct) ?? throw new NotFoundException(entity, command.ItemId.ToString());
            frame.Db.Remove(item);
            IReadOnlyList<Guid> ids = [command.ItemId];
            return (ids, ids);
        }, cancellationToken);
}
