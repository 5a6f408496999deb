namespace SpecialtyTowns.Messaging.Outbox;

/// <summary>Tuning of the outbox dispatcher.</summary>
public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 100;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
