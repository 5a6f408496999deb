namespace SpecialtyTowns.Gateway.Api.ExpoBookings;

public sealed record TimetableParticipantResponse(string Id, string Kind, string Name, string? NameEn);
