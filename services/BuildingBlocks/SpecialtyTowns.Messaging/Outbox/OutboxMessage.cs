namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published. Its id becomes the MassTransit message id,
/// so consumers' inboxes can recognise a redelivery of the same event.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string MessageType { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
