namespace SpecialtyTowns.Expo.Domain.Setup;

/// <summary>Bounds of an event's set-up values, shared by the request checks and the domain.</summary>
public static class SetupLimits
{
    public const int MinSeats = 2;
    public const int MaxSeats = 50;
    public const int MaxTablesPerCall = 500;
    public const int MinExpiryHours = 1;
    public const int MaxExpiryHours = 24 * 30;
    public const int MaxMeetings = 200;
    public const int MaxParticipantSeats = 20;
    public const int MaxAttendees = 50;
    public const int MaxDecisionsPerCall = 2000;
}
