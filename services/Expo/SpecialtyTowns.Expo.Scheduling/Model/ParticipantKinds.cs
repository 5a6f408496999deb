namespace SpecialtyTowns.Expo.Scheduling.Model;

public static class ParticipantKinds
{
    public const string Investor = "investor";
    public const string Town = "town";
    public const string Enterprise = "enterprise";
    public const string Organizer = "organizer";
    public const string Interpreter = "interpreter";

    public static IReadOnlyList<string> All { get; } = [Investor, Town, Enterprise, Organizer, Interpreter];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
