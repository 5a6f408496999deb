using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The organizer adds tables (one or a hall's worth at once) to halls of the event.</summary>
public sealed class AddTables(AddSetupItem frame)
{
    public async Task<IReadOnlyList<ExpoTable>> ExecuteAsync(AddTablesCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var ids = await frame.ExecuteAsync(command, command.EventId, nameof(AddTables), "tables", caller, async (expoEvent, ct) =>
        {
            var halls = await frame.Db.Halls.Where(h => h.EventId == expoEvent.Id).Select(h => h.Id).ToListAsync(ct);
            var labels = new HashSet<string>(StringComparer.Ordinal);
            var created = new List<Guid>();
            for (var i = 0; i < command.Tables.Count; i++)
            {
                var spec = command.Tables[i];
                if (!halls.Contains(spec.HallId))
                {
                    throw new InvalidValueException($"tables[{i}].hall_id", "is not a hall of this event");
                }

                if (!labels.Add(spec.Label.Trim()))
                {
                    throw new InvalidValueException($"tables[{i}].label", "is given twice");
                }

                var table = ExpoTable.Create(expoEvent.Id, spec.HallId, spec.Label, spec.Seats, spec.Zone);
                frame.Db.Tables.Add(table);
                created.Add(table.Id);
            }

            return ((IReadOnlyList<Guid>)created, (IReadOnlyList<Guid>)created);
        }, cancellationToken);
        return await frame.Db.Tables.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }
}
