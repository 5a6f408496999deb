namespace SpecialtyTowns.Expo.Domain.Meetings;

/// <summary>A participant in a meeting.</summary>
public sealed class MeetingParty
{
    private MeetingParty()
    {
    }

    public Guid MeetingId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public static MeetingParty Of(Guid meetingId, Guid participantId) => new() { MeetingId = meetingId, ParticipantId = participantId };
}
