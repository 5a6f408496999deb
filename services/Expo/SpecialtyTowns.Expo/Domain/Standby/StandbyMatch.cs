namespace SpecialtyTowns.Expo.Domain.Standby;

/// <summary>
/// How well two participants of an event match, as Leads' two-sided matching scored them (0-100, with
/// each side's strongest reason). Kept once per direction, so the candidates for a partner are one
/// index range; a later score of the same pair replaces the earlier one.
/// </summary>
public sealed class StandbyMatch
{
    private StandbyMatch()
    {
    }

    public Guid EventId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public Guid OtherParticipantId { get; private set; }

    public double Score { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public string ReasonEn { get; private set; } = string.Empty;

    public DateTimeOffset ScoredAt { get; private set; }

    public static StandbyMatch Of(Guid eventId, Guid participantId, Guid otherParticipantId, double score, string reason, string reasonEn, DateTimeOffset scoredAt) => new()
    {
        EventId = eventId,
        ParticipantId = participantId,
        OtherParticipantId = otherParticipantId,
        Score = score,
        Reason = reason,
        ReasonEn = reasonEn,
        ScoredAt = scoredAt,
    };

    /// <summary>Takes a newer score of the pair; an older one (a redelivery out of order) changes nothing.</summary>
    public void Rescore(double score, string reason, string reasonEn, DateTimeOffset scoredAt)
    {
        if (scoredAt < ScoredAt)
        {
            return;
        }

        Score = score;
        Reason = reason;
        ReasonEn = reasonEn;
        ScoredAt = scoredAt;
    }
}
