namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record SessionResponse(string Id, string Day, string StartsAt, string EndsAt, int MeetingMinutes, int BreakMinutes, string? Name, string? NameEn);
