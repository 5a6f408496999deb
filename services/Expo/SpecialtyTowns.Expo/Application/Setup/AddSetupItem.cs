using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.Messaging.Outbox;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The shared frame of every set-up change: the event must be the caller's (404 otherwise), the
/// change runs once per request id, and its EventSetupChanged goes to the outbox with it. A name
/// or label already used in the event is refused naming the field.
/// </summary>
public sealed class AddSetupItem(ExpoDbContext db, EventAccess access, IOutbox outbox, IIdempotency idempotency)
{
    public ExpoDbContext Db => db;

    public async Task<TResult> ExecuteAsync<TCommand, TResult>(
        TCommand command,
        Guid eventId,
        string operation,
        string what,
        Caller caller,
        Func<ExpoEvent, CancellationToken, Task<(TResult Result, IReadOnlyList<Guid> Ids)>> change,
        CancellationToken cancellationToken)
        where TCommand : IIdempotentCommand
    {
        try
        {
            return await idempotency.ExecuteAsync(caller, operation, command, async ct =>
            {
                // Loaded inside: the unit of work starts with an empty change tracker.
                var expoEvent = await access.ManagedEventAsync(eventId, caller, ct);
                var (result, ids) = await change(expoEvent, ct);
                if (ids.Count > 0)
                {
                    outbox.Add(new EventSetupChanged(eventId, what, ids));
                }

                return result;
            }, cancellationToken);
        }
        catch (Exception exception) when (SetupConstraints.Translate(exception) is { } refusal)
        {
            throw refusal;
        }
        catch (Exception exception) when (SetupConstraints.InUse(exception) is { } inUse)
        {
            throw inUse;
        }
    }
}
