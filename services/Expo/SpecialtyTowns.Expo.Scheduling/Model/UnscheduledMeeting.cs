namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record UnscheduledMeeting
{
    public string Meeting { get; init; } = "";

    public string Reason { get; init; } = "";
}
