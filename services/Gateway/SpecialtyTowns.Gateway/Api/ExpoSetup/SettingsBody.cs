namespace SpecialtyTowns.Gateway.Api.ExpoSetup;

/// <summary>Event settings: venue, request expiry and reminder (hours), who may request whom ("investor>town"...), meeting limits per kind, registration open, IANA time zone (only while no slots exist).</summary>
public sealed record SettingsBody(string? Venue, int? RequestExpiryHours, int? ReminderHoursBefore, IReadOnlyList<string>? RequestRules, int? MaxMeetingsInvestor, int? MaxMeetingsTown, int? MaxMeetingsEnterprise, bool? RegistrationOpen, string? TimeZone);
