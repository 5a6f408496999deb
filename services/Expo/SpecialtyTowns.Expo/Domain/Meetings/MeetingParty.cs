namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>
/// A participant in a meeting, and its attendance on the day: checked in at the table, or a
/// no-show (provisional when the check-in window passed, confirmed by the partner, or cleared).
/// </summary>
public sealed class MeetingParty
{
    private MeetingParty()
    {
    }

    public Guid MeetingId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }

    public string? CheckedInBy { get; private set; }

    /// <summary>Null, or one of <see cref="NoShowStates"/>.</summary>
    public string? NoShow { get; private set; }

    public DateTimeOffset? NoShowAt { get; private set; }

    public static MeetingParty Of(Guid meetingId, Guid participantId) => new() { MeetingId = meetingId, ParticipantId = participantId };

    /// <summary>Checks the party in at its meeting; a provisional no-show is cleared by arriving. Returns false when already checked in.</summary>
    public bool CheckIn(string by, DateTimeOffset now)
    {
        if (CheckedInAt is not null)
        {
            return false;
        }

        CheckedInAt = now;
        CheckedInBy = by;
        if (NoShow == NoShowStates.Provisional)
        {
            NoShow = NoShowStates.Cleared;
            NoShowAt = now;
        }

        return true;
    }

    public void MarkNoShow(string state, DateTimeOffset now)
    {
        NoShow = state;
        NoShowAt = now;
    }
}
