namespace SpecialtyTowns.Expo.Domain.Notifications;

/// <summary>
/// An entry in a participant's inbox, written in the same transaction as the change it reports.
/// <see cref="Data"/> carries the values a page needs to word it (slot times, the other party's
/// name, a reason), so the text is rendered in the reader's language.
/// </summary>
public sealed class ParticipantNotification
{
    private ParticipantNotification()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid ParticipantId { get; private set; }

    /// <summary>One of <see cref="NotificationKinds"/>.</summary>
    public string Kind { get; private set; } = string.Empty;

    public Guid? RequestId { get; private set; }

    public Guid? MeetingId { get; private set; }

    public Dictionary<string, string> Data { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static ParticipantNotification Of(Guid eventId, Guid participantId, string kind, Guid? requestId, Guid? meetingId, IReadOnlyDictionary<string, string>? data, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        ParticipantId = participantId,
        Kind = kind,
        RequestId = requestId,
        MeetingId = meetingId,
        Data = data is null ? [] : new Dictionary<string, string>(data),
        CreatedAt = now,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
