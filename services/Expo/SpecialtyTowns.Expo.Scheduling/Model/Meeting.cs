namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Meeting
{
    public string Id { get; init; } = "";

    public IReadOnlyList<string> Parties { get; init; } = [];

    public int Weight { get; init; } = 1;

    /// <summary>Language code; the meeting then also needs an interpreter speaking it.</summary>
    public string? Interpreter { get; init; }

    /// <summary>Pins the meeting to a slot and table because its parties already confirmed it.</summary>
    public Placement? Fixed { get; init; }
}
