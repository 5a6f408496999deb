namespace SpecialtyTowns.Messaging.Replay;

/// <summary>A replay of announcements that has run in this database (so it never runs again).</summary>
public sealed class AnnouncementReplay
{
    public required string Name { get; init; }

    public DateTimeOffset RanAt { get; init; }

    /// <summary>How many messages it wrote to the outbox.</summary>
    public int Messages { get; init; }
}
