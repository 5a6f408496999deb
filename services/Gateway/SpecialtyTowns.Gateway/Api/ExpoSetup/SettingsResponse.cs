namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

public sealed record SettingsResponse(string EventId, string? Venue, int RequestExpiryHours, int ReminderHoursBefore, IReadOnlyList<string> RequestRules, int? MaxMeetingsInvestor, int? MaxMeetingsTown, int? MaxMeetingsEnterprise, bool RegistrationOpen, string TimeZone);
