namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>The province's view: every event's figures (latest start first) and their sums.</summary>
public sealed record ProvinceFiguresResponse(DateTimeOffset AsOf, IReadOnlyList<EventFiguresResponse> Events, FigureCountsResponse Totals);
