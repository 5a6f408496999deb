namespace SpecialtyTowns.Gateway.Api.Events;

public sealed record EventResponse(string Id, string OrganizerId, string Name, string? NameEn, string? City, string StartsOn, string EndsOn, string TimeZone);
