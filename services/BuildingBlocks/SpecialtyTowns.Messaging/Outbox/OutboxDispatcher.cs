using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows, oldest first, and marks them sent. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several replicas share the work without publishing a row
/// twice; a row is marked sent only after the broker confirmed it. A row whose message name is
/// unknown (or whose payload cannot be read) stays, with its error, and blocks the rows after it
/// until it is fixed: nothing is skipped. The rows of a batch before it are published at once and
/// their confirms awaited together (one confirm round trip at a time capped the dispatch near
/// 130 messages a second here, behind the check-in desk's 200); they leave in order on one channel,
/// but a broker failure part-way can deliver a later row of the batch before an earlier one, which
/// is retried: consumers already take events out of order (versions, inbox, final states).
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    MessageTypeRegistry messageTypes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Outbox dispatch of {Context} failed; retrying in {Delay}", typeof(TContext).Name, settings.RetryDelay);
                await Task.Delay(settings.RetryDelay, stoppingToken);
                continue;
            }

            if (published < settings.BatchSize)
            {
                if (await signal.WaitAsync(settings.PollInterval, stoppingToken))
                {
                    // The signalling save may still be committing its transaction.
                    await Task.Delay(TimeSpan.FromMilliseconds(20), stoppingToken);
                }
            }
        }
    }

    /// <summary>Publishes one batch; returns how many rows were sent.</summary>
    public async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.Set<OutboxMessage>()
                .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL ORDER BY occurred_at, id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            var readable = new List<(OutboxMessage Row, object Message, Type Type)>(batch.Count);
            foreach (var row in batch)
            {
                if (TryRead(row) is not { } read)
                {
                    break;
                }

                readable.Add((row, read.Message, read.Type));
            }

            var published = await Task.WhenAll(readable.Select(r => TryPublishAsync(r.Row, r.Message, r.Type, settings, ct)));
            var sent = published.Count(p => p);

            // The commit follows at once: no savepoint (two round trips) for a save whose failure ends the transaction.
            db.Database.AutoSavepointsEnabled = false;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return sent;
        }, cancellationToken);
    }

    /// <summary>The row's message and type, or null (the row keeps its error) when its name is unknown or its payload unreadable.</summary>
    private (object Message, Type Type)? TryRead(OutboxMessage row)
    {
        try
        {
            var type = messageTypes.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Payload, type, OutboxJson.Options)
                ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload");
            return (message, type);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Failed(row, exception);
            return null;
        }
    }

    private async Task<bool> TryPublishAsync(OutboxMessage row, object message, Type type, OutboxOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.PublishTimeout);
            await bus.Publish(message, type, context => context.MessageId = row.Id, timeout.Token);
            row.SentAt = clock.GetUtcNow();
            row.Attempts++;
            logger.LogDebug("Published outbox message {MessageId} of type {MessageType}", row.Id, row.MessageType);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Tried again in a later batch, with the rows still unsent.
            Failed(row, exception);
            return false;
        }
    }

    private void Failed(OutboxMessage row, Exception exception)
    {
        row.Attempts++;
        row.LastError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
        logger.LogWarning("Outbox message {MessageId} not published (attempt {Attempts}): {Reason}", row.Id, row.Attempts, exception.Message);
    }
}
