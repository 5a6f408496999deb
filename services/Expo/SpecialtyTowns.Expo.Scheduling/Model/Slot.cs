namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Slot
{
    public string Id { get; init; } = "";

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }
}
