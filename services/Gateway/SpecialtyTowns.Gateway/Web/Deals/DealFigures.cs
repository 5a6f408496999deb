using System.Globalization;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Deals;

/// <summary>What the deal pages show about a deal's money and dates, computed once for every page.</summary>
public static class DealFigures
{
    public static decimal Yuan(long fen) => fen / 100m;

    /// <summary>The share of the signed amount that arrived (资金到位率), as "37.5 %".</summary>
    public static string FundsRate(Deal deal) =>
        deal.AmountFen <= 0 ? "–" : (deal.FundsArrivedFen * 100m / deal.AmountFen).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>Whole days since the planned start, on the calendar in China.</summary>
    public static int DaysOverdue(Deal deal, DateTimeOffset now) =>
        DateOnly.TryParseExact(deal.PlannedStartOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var planned)
            ? SharedKernel.PlausibleDates.TodayInChina(now).DayNumber - planned.DayNumber
            : 0;

    /// <summary>Today in China as YYYY-MM-DD, the default date of a part that arrived.</summary>
    public static string Today(DateTimeOffset now) => SharedKernel.PlausibleDates.TodayInChina(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
