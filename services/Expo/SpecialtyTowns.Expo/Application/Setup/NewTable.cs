namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record NewTable(Guid HallId, string Label, int Seats, string? Zone);
