namespace SpecialtyTowns.Expo.Domain.Standby;

/// <summary>
/// A freed place (a confirmed no-show) offered to one checked-in, free participant at a time, with
/// a response window. An accepted offer becomes a meeting at that table in that slot; a declined or
/// expired one passes the place to the next candidate. At most one open offer per freed meeting.
/// </summary>
public sealed class StandbyOffer
{
    private StandbyOffer()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The meeting whose party did not show.</summary>
    public Guid MeetingId { get; private set; }

    /// <summary>The party that stayed and would meet the standby participant.</summary>
    public Guid PartnerId { get; private set; }

    public Guid OfferedToId { get; private set; }

    public Guid SlotId { get; private set; }

    public Guid TableId { get; private set; }

    /// <summary>The candidate's rank when offered (1 = best two-sided match).</summary>
    public int Rank { get; private set; }

    /// <summary>Why this candidate (shown to the organizer and to the candidate).</summary>
    public string? Reason { get; private set; }

    /// <summary>The two-sided match score (0-100) of the candidate and the partner, when Leads scored them.</summary>
    public double? MatchScore { get; private set; }

    /// <summary>Each side's strongest reason for the match, in Chinese and in English.</summary>
    public string? MatchReason { get; private set; }

    public string? MatchReasonEn { get; private set; }

    /// <summary>One of <see cref="StandbyOfferStatuses"/>.</summary>
    public string Status { get; private set; } = StandbyOfferStatuses.Offered;

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The meeting an accepted offer became.</summary>
    public Guid? NewMeetingId { get; private set; }

    public int Version { get; private set; }

    public static StandbyOffer Make(Guid eventId, Guid meetingId, Guid partnerId, StandbyCandidate candidate, Guid slotId, Guid tableId, int rank, DateTimeOffset now, TimeSpan window) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        MeetingId = meetingId,
        PartnerId = partnerId,
        OfferedToId = candidate.ParticipantId,
        SlotId = slotId,
        TableId = tableId,
        Rank = rank,
        Reason = StandbyInterest.Reason(candidate),
        MatchScore = candidate.Match?.Score,
        MatchReason = candidate.Match?.Reason,
        MatchReasonEn = candidate.Match?.ReasonEn,
        OfferedAt = now,
        ExpiresAt = now + window,
    };

    public bool IsOpen => Status == StandbyOfferStatuses.Offered;

    public void Close(string status, Guid? newMeetingId, DateTimeOffset now)
    {
        Status = status;
        NewMeetingId = newMeetingId;
        AnsweredAt = now;
        Version++;
    }
}
