namespace SpecialtyTowns.Messaging.Inbox;

/// <summary>A message a consumer has already handled, keyed by message id and consumer.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
