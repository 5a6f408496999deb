namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

public sealed record TimetableSlotResponse(string Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
