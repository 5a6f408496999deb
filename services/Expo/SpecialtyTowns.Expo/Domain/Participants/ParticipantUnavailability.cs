namespace SpecialtyTowns.Expo.Domain.Participants;

/// <summary>A slot in which the participant cannot meet (everyone is available in every other slot).</summary>
public sealed class ParticipantUnavailability
{
    private ParticipantUnavailability()
    {
    }

    public Guid ParticipantId { get; private set; }

    public Guid SlotId { get; private set; }

    public static ParticipantUnavailability Of(Guid participantId, Guid slotId) => new() { ParticipantId = participantId, SlotId = slotId };
}
