namespace SpecialtyTowns.Expo.Domain.Figures;

/// <summary>
/// A lead Leads created or advanced from one of this event's meetings (learned from its events),
/// and what its deal brought: the live figures count leads created, deals signed and yuan committed
/// per event from these rows.
/// </summary>
public sealed class ExpoLead
{
    private ExpoLead()
    {
    }

    public Guid LeadId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid MeetingId { get; private set; }

    /// <summary>True when the meeting created the lead (not when it advanced an existing one).</summary>
    public bool Created { get; private set; }

    public DateTimeOffset SeenAt { get; private set; }

    public Guid? DealId { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>Yuan committed by the signed deal.</summary>
    public decimal? CommittedYuan { get; private set; }

    public static ExpoLead Seen(Guid leadId, Guid eventId, Guid meetingId, bool created, DateTimeOffset now) => new()
    {
        LeadId = leadId,
        EventId = eventId,
        MeetingId = meetingId,
        Created = created,
        SeenAt = now,
    };

    /// <summary>Leads' LeadCreated can arrive after a later move of the same lead: the row learns it was created by the meeting.</summary>
    public void MarkCreated() => Created = true;

    public void Signed(Guid dealId, decimal committedYuan, DateTimeOffset at)
    {
        DealId = dealId;
        CommittedYuan = committedYuan;
        SignedAt = at;
    }
}
