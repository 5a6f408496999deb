namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A table in a hall: label unique in the event, 2 to 50 seats, optional zone.</summary>
public sealed record TableBody(string? HallId, string? Label, int? Seats, string? Zone);
