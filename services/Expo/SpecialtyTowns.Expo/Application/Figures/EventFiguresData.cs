using SpecialtyTowns.Expo.Domain;

namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>One event's figures as counted at <paramref name="AsOf"/>.</summary>
public sealed record EventFiguresData(ExpoEvent Event, DateTimeOffset AsOf, FigureCountsData Counts);
