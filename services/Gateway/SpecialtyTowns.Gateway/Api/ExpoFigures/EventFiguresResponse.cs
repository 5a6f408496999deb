namespace SpecialtyTowns.Gateway.Api.ExpoFigures;

/// <summary>One event's live figures as counted at <paramref name="AsOf"/>; also what the hub pushes.</summary>
public sealed record EventFiguresResponse(
    string EventId,
    string Name,
    string? NameEn,
    string? City,
    string StartsOn,
    string EndsOn,
    DateTimeOffset AsOf,
    FigureCountsResponse Figures);
