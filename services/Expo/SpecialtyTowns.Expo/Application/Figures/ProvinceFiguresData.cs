namespace SpecialtyTowns.Expo.Application.Figures;

/// <summary>Every event's figures (latest start first) and their sums, for the province's admins.</summary>
public sealed record ProvinceFiguresData(DateTimeOffset AsOf, IReadOnlyList<EventFiguresData> Events, FigureCountsData Totals);
