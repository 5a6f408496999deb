namespace SpecialtyTowns.Expo.Scheduling.Model;

public sealed record Assignment
{
    public string Meeting { get; init; } = "";

    public string Slot { get; init; } = "";

    public string Table { get; init; } = "";

    /// <summary>Participant id of the interpreter, only for meetings that ask for one.</summary>
    public string? Interpreter { get; init; }
}
