using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The organizer moves, relabels or resizes a table. Fewer seats than a meeting placed at it takes
/// (its parties' seats together) is refused naming those meetings, never a silent drop; the table
/// row is locked first (FOR UPDATE), so a booking placing a meeting at it waits for the change.
/// </summary>
public sealed class EditTable(AddSetupItem frame, SetupUsage usage)
{
    public const string SeatsRule = "table-seats-needed";

    public async Task<ExpoTable> ExecuteAsync(EditTableCommand command, Caller caller, CancellationToken cancellationToken)
    {
        Guid id;
        try
        {
            id = await frame.ExecuteAsync(command, command.EventId, nameof(EditTable), "tables", caller, async (expoEvent, ct) =>
            {
                var table = await frame.Db.Tables
                    .FromSql($"SELECT * FROM tables WHERE id = {command.TableId} AND event_id = {expoEvent.Id} FOR UPDATE")
                    .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Table", command.TableId.ToString());
                if (!await frame.Db.Halls.AnyAsync(h => h.Id == command.HallId && h.EventId == expoEvent.Id, ct))
                {
                    throw new InvalidValueException("hall_id", "is not a hall of this event");
                }

                if (command.Seats < table.Seats)
                {
                    var crowded = await usage.MeetingsNeedingMoreSeatsAsync(table.Id, command.Seats, ct);
                    if (crowded.Count > 0)
                    {
                        throw SetupUsage.Refusal(SeatsRule, $"{crowded.Count} meeting(s) placed at table {table.Label} need more than {command.Seats} seats: {string.Join(", ", crowded)}; move them first", "seats", crowded);
                    }
                }

                var changed = table.Change(command.HallId, command.Label, command.Seats, command.Zone);
                return (table.Id, changed ? (IReadOnlyList<Guid>)[table.Id] : []);
            }, cancellationToken);
        }
        catch (InvalidValueException taken) when (taken.Field == "tables")
        {
            // The unique label index names the add-tables field; an edit has one label.
            throw new InvalidValueException("label", taken.Description);
        }

        return await frame.Db.Tables.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
    }
}
