using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The organizer renames an interpreter or changes its languages. Dropping a language a meeting
/// placed with this interpreter needs is refused naming those meetings, never a silent drop; the
/// interpreter row is locked first (FOR UPDATE), so a booking with it waits for the change.
/// </summary>
public sealed class EditInterpreter(AddSetupItem frame, SetupUsage usage)
{
    public const string LanguageRule = "interpreter-language-needed";

    public async Task<Interpreter> ExecuteAsync(EditInterpreterCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await frame.ExecuteAsync(command, command.EventId, nameof(EditInterpreter), "interpreter", caller, async (expoEvent, ct) =>
        {
            var interpreter = await frame.Db.Interpreters
                .FromSql($"SELECT * FROM interpreters WHERE id = {command.InterpreterId} AND event_id = {expoEvent.Id} FOR UPDATE")
                .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Interpreter", command.InterpreterId.ToString());
            var languages = Interpreter.Normalized(command.Languages);
            var stranded = await usage.MeetingsLosingLanguageAsync(interpreter.Id, languages, ct);
            if (stranded.Count > 0)
            {
                throw SetupUsage.Refusal(LanguageRule, $"{stranded.Count} meeting(s) placed with {interpreter.Name} need a language no longer listed: {string.Join(", ", stranded)}; move them first", "languages", stranded);
            }

            var changed = interpreter.Change(command.Name, languages);
            return (interpreter.Id, changed ? (IReadOnlyList<Guid>)[interpreter.Id] : []);
        }, cancellationToken);
        return await frame.Db.Interpreters.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
    }
}
