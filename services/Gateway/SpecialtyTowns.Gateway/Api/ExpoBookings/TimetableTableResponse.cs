namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

public sealed record TimetableTableResponse(string Id, string Label, string? Zone, string Hall, int Seats);
