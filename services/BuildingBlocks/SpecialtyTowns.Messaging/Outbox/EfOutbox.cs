using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// Writes outbox rows into the service's own DbContext, so they share its transaction. A row
/// names its message by the contract's stable name, never by its CLR type.
/// </summary>
public sealed class EfOutbox<TContext>(TContext db, MessageTypeRegistry messageTypes, TimeProvider clock) : IOutbox
    where TContext : DbContext
{
    public void Add<TMessage>(TMessage message)
        where TMessage : class
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = messageTypes.NameOf(typeof(TMessage)),
            Payload = JsonSerializer.Serialize(message, OutboxJson.Options),
            OccurredAt = clock.GetUtcNow(),
        });
    }
}
