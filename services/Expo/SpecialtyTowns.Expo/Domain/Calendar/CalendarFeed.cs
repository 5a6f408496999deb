namespace SpecialtyTowns.Expo.Domain.Calendar;

/// <summary>
/// A participant's subscribable calendar feed. The URL carries a secret token; only its SHA-256
/// is stored, so a database read does not reveal a working URL. Revoking keeps the row (404 from
/// then on) and a new feed gets a new token. At most one live feed per participant.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid ParticipantId { get; private set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public string TokenHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsLive => RevokedAt is null;

    public static CalendarFeed Issue(Guid eventId, Guid participantId, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        ParticipantId = participantId,
        TokenHash = tokenHash,
        CreatedAt = now,
    };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
