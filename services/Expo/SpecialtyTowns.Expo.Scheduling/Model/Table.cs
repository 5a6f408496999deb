namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Table
{
    public string Id { get; init; } = "";

    public int Seats { get; init; } = 2;
}
