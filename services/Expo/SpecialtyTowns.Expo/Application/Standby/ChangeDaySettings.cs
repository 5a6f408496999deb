using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>
/// The organizer (or an admin) sets the day settings. They take effect at the next no-show pass and
/// the next offer; offers already made keep the window they were given.
/// </summary>
public sealed class ChangeDaySettings(EventAccess access, IIdempotency idempotency, ILogger<ChangeDaySettings> logger)
{
    public const int MaxNoShowMinutes = 240;
    public const int MinOfferSeconds = 10;
    public const int MaxOfferSeconds = 3600;
    public const int MaxPendingHours = 720;

    public Task<DaySettings> ExecuteAsync(DaySettingsCommand command, Caller caller, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(caller, nameof(ChangeDaySettings), command, async ct =>
        {
            Ensure("no_show_after_minutes", command.NoShowAfterMinutes, 1, MaxNoShowMinutes);
            Ensure("standby_offer_seconds", command.StandbyOfferSeconds, MinOfferSeconds, MaxOfferSeconds);
            Ensure("pending_too_long_hours", command.PendingTooLongHours, 1, MaxPendingHours);
            var expoEvent = await access.ManagedEventAsync(command.EventId, caller, ct);
            expoEvent.ChangeDaySettings(command.NoShowAfterMinutes, command.StandbyOfferSeconds, command.PendingTooLongHours);
            logger.LogInformation("Day settings of event {EventId}: no-show after {Minutes} min, offers for {Seconds} s, pending too long after {Hours} h", expoEvent.Id, command.NoShowAfterMinutes, command.StandbyOfferSeconds, command.PendingTooLongHours);
            return new DaySettings(expoEvent.Id, expoEvent.NoShowAfterMinutes, expoEvent.StandbyOfferSeconds, expoEvent.PendingTooLongHours);
        }, cancellationToken);

    private static void Ensure(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new InvalidValueException(field, $"must be between {min} and {max}; got {value}");
        }
    }
}
