namespace SpecialtyTowns.Expo.Domain.Participants;

/// <summary>A registration waits for the organizer's approval; only approved participants send or receive requests.</summary>
public static class ParticipantStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
}
