namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>What moved an event's figures (carried by EventFiguresChanged).</summary>
public static class FigureKinds
{
    public const string CheckIn = "check-in";
    public const string NoShow = "no-show";
    public const string Refill = "refill";
    public const string Outcome = "outcome";
    public const string Lead = "lead";
    public const string Request = "request";
}
