using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Domain;

/// <summary>
/// An event's dates must be plausible: it ends no earlier than it starts, lasts at most
/// <see cref="MaxDays"/> days, and starts no earlier than <see cref="MaxYearsBack"/> year ago
/// (recording a recent event late is fine) and no later than <see cref="MaxYearsAhead"/> years
/// ahead, counted from today in China. (<see cref="ExpoEvent.Change"/> does not ask when both
/// dates stay as they are, so a past event can still be renamed.)
/// </summary>
public static class EventDates
{
    public const int MaxDays = 31;

    public const int MaxYearsBack = 1;

    public const int MaxYearsAhead = 5;

    public static void Ensure(DateOnly startsOn, DateOnly endsOn, DateTimeOffset now)
    {
        var today = PlausibleDates.TodayInChina(now);
        if (startsOn < today.AddYears(-MaxYearsBack))
        {
            throw new InvalidValueException("starts_on", $"must be on or after {today.AddYears(-MaxYearsBack):yyyy-MM-dd} (at most {MaxYearsBack} year ago)");
        }

        if (startsOn > today.AddYears(MaxYearsAhead))
        {
            throw new InvalidValueException("starts_on", $"must be on or before {today.AddYears(MaxYearsAhead):yyyy-MM-dd} (at most {MaxYearsAhead} years ahead)");
        }

        // Each date within the window first, so an absurd date is named as such (400), not
        // reported as ending before the start (409).
        if (endsOn < today.AddYears(-MaxYearsBack) || endsOn > today.AddYears(MaxYearsAhead).AddDays(MaxDays - 1))
        {
            throw new InvalidValueException("ends_on", $"must be between {today.AddYears(-MaxYearsBack):yyyy-MM-dd} and {today.AddYears(MaxYearsAhead).AddDays(MaxDays - 1):yyyy-MM-dd}");
        }

        if (endsOn < startsOn)
        {
            throw new BusinessRuleException("event-dates-ordered", $"An event cannot end ({endsOn:yyyy-MM-dd}) before it starts ({startsOn:yyyy-MM-dd})");
        }

        if (endsOn.DayNumber - startsOn.DayNumber + 1 > MaxDays)
        {
            throw new InvalidValueException("ends_on", $"must be within {MaxDays} days of starts_on (by {startsOn.AddDays(MaxDays - 1):yyyy-MM-dd})");
        }
    }
}
