namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// A call, visit, meeting or note on a lead's timeline. Internal ones are the town's working notes
/// and are never shown to the investor; the investor's own entries are never internal.
/// </summary>
public sealed class LeadActivity
{
    private LeadActivity()
    {
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public bool Internal { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    /// <summary>The expo meeting it records, when it came from one (exactly once per meeting).</summary>
    public Guid? MeetingId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static LeadActivity Record(Guid leadId, ActivityKind kind, DateTimeOffset occurredAt, string text, bool isInternal, string actor, Guid? meetingId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        LeadId = leadId,
        Kind = kind,
        OccurredAt = occurredAt,
        Text = text.Trim(),
        Internal = isInternal,
        Actor = actor,
        MeetingId = meetingId,
        RecordedAt = now,
    };
}
