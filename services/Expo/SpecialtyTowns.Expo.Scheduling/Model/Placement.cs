namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Placement
{
    public string Slot { get; init; } = "";

    public string Table { get; init; } = "";
}
