using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Idempotency;

/// <summary>
/// <see cref="IIdempotency"/> on PostgreSQL. The key is claimed first with
/// <c>INSERT ... ON CONFLICT DO NOTHING</c>: a concurrent duplicate waits on the primary key
/// until the first transaction ends, then either finds the committed row and replays it, or,
/// when the first rolled back, claims the key itself.
/// </summary>
public sealed class EfIdempotency<TContext>(TContext db, TimeProvider clock, ILogger<EfIdempotency<TContext>> logger) : IIdempotency
    where TContext : DbContext
{
    public Task<TResult> ExecuteAsync<TCommand, TResult>(
        Caller caller,
        string operation,
        TCommand command,
        Func<CancellationToken, Task<TResult>> change,
        CancellationToken cancellationToken)
        where TCommand : IIdempotentCommand
    {
        var requestId = command.RequestId?.Trim() ?? string.Empty;
        var fingerprint = requestId.Length == 0 ? string.Empty : RequestFingerprint.Of(command);
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (requestId.Length > 0 && !await ClaimAsync(caller.Subject, requestId, operation, fingerprint, ct))
                {
                    var earlier = await ReplayAsync<TResult>(caller.Subject, requestId, operation, fingerprint, ct);
                    await transaction.RollbackAsync(ct);
                    return earlier;
                }

                var result = await change(ct);
                if (requestId.Length > 0)
                {
                    var json = JsonSerializer.Serialize(result);
                    await db.Database.ExecuteSqlAsync(
                        $"UPDATE idempotent_requests SET result = CAST({json} AS jsonb) WHERE subject = {caller.Subject} AND request_id = {requestId}",
                        ct);
                }

                // Saved last, just before the commit: the outbox dispatcher wakes on this save and
                // reads a moment later, so little should stand between the save and the commit.
                // A failure here ends the transaction, so a savepoint would only cost two round trips.
                await db.SaveWithoutSavepointAsync(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);
    }

    private async Task<bool> ClaimAsync(string subject, string requestId, string operation, string fingerprint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotent_requests (subject, request_id, operation, fingerprint, created_at)
            VALUES ({subject}, {requestId}, {operation}, {fingerprint}, {now})
            ON CONFLICT (subject, request_id) DO NOTHING
            """,
            cancellationToken);
        return claimed == 1;
    }

    private async Task<TResult> ReplayAsync<TResult>(string subject, string requestId, string operation, string fingerprint, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<IdempotentRequest>().AsNoTracking()
            .SingleAsync(r => r.Subject == subject && r.RequestId == requestId, cancellationToken);
        if (earlier.Operation != operation)
        {
            throw new ConflictException(
                $"The idempotency key '{requestId}' was already used for {earlier.Operation}, not {operation}: use a new key for a new request");
        }

        if (earlier.Fingerprint != fingerprint && earlier.Fingerprint != RequestFingerprint.Unknown)
        {
            throw new ConflictException(
                $"The idempotency key '{requestId}' was already used for a {operation} request with other content: use a new key for a new request");
        }

        logger.LogInformation("Replayed {Operation} request {RequestId} of {Subject}", operation, requestId, subject);
        return JsonSerializer.Deserialize<TResult>(earlier.Result ?? "null")!;
    }
}
