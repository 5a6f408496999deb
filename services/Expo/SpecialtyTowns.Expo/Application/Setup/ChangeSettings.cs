using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Setup;

/// <summary>
/// The organizer sets venue, request expiry and reminder, who may request whom, meeting limits,
/// whether registration is open, and the time zone (only while the event has no slots: slots are
/// instants, and moving them under placed meetings would be silent). A no-op publishes nothing.
/// </summary>
public sealed class ChangeSettings(AddSetupItem frame)
{
    public async Task<ExpoEvent> ExecuteAsync(ChangeSettingsCommand command, Caller caller, CancellationToken cancellationToken)
    {
        await frame.ExecuteAsync(command, command.EventId, nameof(ChangeSettings), "settings", caller, async (expoEvent, ct) =>
        {
            if (command.ReminderHoursBefore >= command.RequestExpiryHours)
            {
                throw new InvalidValueException("reminder_hours_before", "must be less than request_expiry_hours");
            }

            var before = Snapshot(expoEvent);
            if (!string.IsNullOrWhiteSpace(command.TimeZone) && command.TimeZone != expoEvent.TimeZone)
            {
                if (await frame.Db.Slots.AnyAsync(s => s.EventId == expoEvent.Id, ct))
                {
                    throw new BusinessRuleException("slots-exist", "The time zone cannot change once the event has slots");
                }

                expoEvent.MoveToTimeZone(command.TimeZone);
            }

            expoEvent.ChangeSettings(command.Venue, command.RequestExpiryHours, command.ReminderHoursBefore, command.RequestRules, command.MaxMeetingsInvestor, command.MaxMeetingsTown, command.MaxMeetingsEnterprise, command.RegistrationOpen);
            IReadOnlyList<Guid> changed = before == Snapshot(expoEvent) ? [] : [expoEvent.Id];
            return (expoEvent.Id, changed);
        }, cancellationToken);
        return await frame.Db.Events.AsNoTracking().SingleAsync(e => e.Id == command.EventId, cancellationToken);
    }

    private static string Snapshot(ExpoEvent e) =>
        string.Join('|', e.Venue, e.RequestExpiryHours, e.ReminderHoursBefore, string.Join(',', e.RequestRules.Order(StringComparer.Ordinal)), e.MaxMeetingsInvestor, e.MaxMeetingsTown, e.MaxMeetingsEnterprise, e.RegistrationOpen, e.TimeZone);
}
