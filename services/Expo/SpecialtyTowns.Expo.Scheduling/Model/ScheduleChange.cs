namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record ScheduleChange
{
    public string Meeting { get; init; } = "";

    /// <summary>One of <see cref="ChangeKinds"/>.</summary>
    public string Change { get; init; } = "";

    public Placement From { get; init; } = new();

    /// <summary>The new place of a moved meeting; null when it was dropped or removed.</summary>
    public Placement? To { get; init; }

    public string Reason { get; init; } = "";
}
