using SpecialtyTowns.Idempotency;

namespace SpecialtyTowns.Expo.Application.Setup;

public sealed record ChangeSettingsCommand(
    string? RequestId,
    Guid EventId,
    string? Venue,
    int RequestExpiryHours,
    int ReminderHoursBefore,
    IReadOnlyList<string> RequestRules,
    int? MaxMeetingsInvestor,
    int? MaxMeetingsTown,
    int? MaxMeetingsEnterprise,
    bool RegistrationOpen,
    string? TimeZone) : IIdempotentCommand;
