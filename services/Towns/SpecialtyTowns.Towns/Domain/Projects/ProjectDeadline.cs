using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>
/// A project's application deadline must be plausible: not before today (in China) and at
/// most <see cref="MaxYearsAhead"/> years ahead. A revision that keeps the deadline it already
/// has passes even once that date is past, so a lapsed project's other fields can still be
/// corrected; a revision that changes the deadline must give a plausible one.
/// </summary>
public static class ProjectDeadline
{
    public const int MaxYearsAhead = 10;

    public const string Field = "content.deadline";

    public static void Ensure(DateOnly? deadline, DateOnly? current, DateTimeOffset now)
    {
        if (deadline is not { } value || value == current)
        {
            return;
        }

        var today = PlausibleDates.TodayInChina(now);
        if (value < today)
        {
            throw new InvalidValueException(Field, $"must not be in the past (today is {today:yyyy-MM-dd})");
        }

        if (value > today.AddYears(MaxYearsAhead))
        {
            throw new InvalidValueException(Field, $"must be within {MaxYearsAhead} years (by {today.AddYears(MaxYearsAhead):yyyy-MM-dd})");
        }
    }
}
