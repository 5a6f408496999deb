using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>The organizer adds an interpreter with the languages (besides Chinese) it speaks.</summary>
public sealed class AddInterpreter(AddSetupItem frame)
{
    public async Task<Interpreter> ExecuteAsync(AddInterpreterCommand command, Caller caller, CancellationToken cancellationToken)
    {
        var id = await frame.ExecuteAsync(command, command.EventId, nameof(AddInterpreter), "interpreter", caller, (expoEvent, _) =>
        {
            var interpreter = Interpreter.Create(expoEvent.Id, command.Name, command.Languages);
            frame.Db.Interpreters.Add(interpreter);
            return Task.FromResult<(Guid, IReadOnlyList<Guid>)>((interpreter.Id, [interpreter.Id]));
        }, cancellationToken);
        return await frame.Db.Interpreters.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
    }
}
