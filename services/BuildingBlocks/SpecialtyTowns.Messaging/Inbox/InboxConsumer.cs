using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace SpecialtyTowns.Messaging.Inbox;

/// <summary>
/// Base for consumers that change their service's database. The inbox row and the changes
/// commit together, so a redelivered message (same message id, same consumer) is dropped,
/// and a failed handling leaves no row behind and is retried. Every subclass declares its
/// stable name and queue with <see cref="InboxConsumerAttribute"/>.
/// </summary>
public abstract class InboxConsumer<TContext, TMessage>(TContext db, ILogger logger) : IConsumer<TMessage>
    where TContext : DbContext
    where TMessage : class
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id");
        var consumer = InboxConsumerAttribute.Of(GetType()).Name;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, now()) ON CONFLICT DO NOTHING",
                ct);
            if (claimed == 0)
            {
                logger.LogInformation("Dropped duplicate {MessageType} {MessageId} for {Consumer}", typeof(TMessage).Name, messageId, consumer);
                await transaction.RollbackAsync(ct);
                return;
            }

            await HandleAsync(context, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, context.CancellationToken);
    }

    /// <summary>Applies the message to the database; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken);
}
