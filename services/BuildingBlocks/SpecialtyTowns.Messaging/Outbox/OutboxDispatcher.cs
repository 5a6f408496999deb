using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows in the order they occurred and marks them sent. Rows are
/// claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several replicas share the work without
/// publishing a row twice; a row is marked sent only after the broker confirmed it. A row whose
/// message name is unknown (or whose payload cannot be read) stays, with its error, and blocks
/// the rows after it until it is fixed: order is kept, nothing is skipped.
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
            var sent = 0;
            foreach (var row in batch)
            {
                if (!await TryPublishAsync(row, settings, ct))
                {
                    break;
                }

                sent++;
            }

            // The commit follows at once: no savepoint (two round trips) for a save whose failure ends the transaction.
            db.Database.AutoSavepointsEnabled = false;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return sent;
        }, cancellationToken);
    }

    private async Task<bool> TryPublishAsync(OutboxMessage row, OutboxOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var type = messageTypes.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Payload, type, OutboxJson.Options)
                ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload");
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
            // Keep order: stop at the first row that cannot go out and try it again later.
            row.Attempts++;
            row.LastError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
            logger.LogWarning("Outbox message {MessageId} not published (attempt {Attempts}): {Reason}", row.Id, row.Attempts, exception.Message);
            return false;
        }
    }
}
