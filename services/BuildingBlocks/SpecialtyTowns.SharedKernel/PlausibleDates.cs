namespace SpecialtyTowns.SharedKernel;

/// <summary>
/// "Today" for date rules. The marketplace's dates are calendar dates in China, so a deadline
/// or an event day is compared with the date in Asia/Shanghai, not with the UTC date (which
/// lags by a day until 08:00 there).
/// </summary>
public static class PlausibleDates
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The calendar date in Asia/Shanghai at <paramref name="now"/>.</summary>
    public static DateOnly TodayInChina(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, China).DateTime);
}
