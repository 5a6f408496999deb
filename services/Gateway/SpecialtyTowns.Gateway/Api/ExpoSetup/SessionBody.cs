namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>A session on one day (YYYY-MM-DD), local times HH:mm in the event's time zone; meetings of meetingMinutes with breakMinutes between them become slots.</summary>
public sealed record SessionBody(string? Day, string? StartsAt, string? EndsAt, int? MeetingMinutes, int? BreakMinutes, string? Name, string? NameEn);
