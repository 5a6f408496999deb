namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>What moved an event's figures (carried by EventFiguresChanged).</summary>
public static class FigureKinds
{
    public const string Lead = "lead";
}
