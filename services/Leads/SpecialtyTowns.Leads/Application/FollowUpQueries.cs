using System.Linq.Expressions;
using SpecialtyTowns.Leads.Domain.Pipeline;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Leads.Application;

/// <summary>
/// Which open leads need their owner: due today, overdue (the due date passed), stalled (longer in the
/// stage than its limit, counted in China's calendar days). The list and the alert worker both read these.
/// </summary>
public static class FollowUpQueries
{
    public const string DueToday = "due-today";

    public const string Overdue = "overdue";

    public const string Stalled = "stalled";

    public static readonly IReadOnlyList<string> Kinds = [DueToday, Overdue, Stalled];

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static IQueryable<Lead> Of(IQueryable<Lead> leads, string kind, DateTimeOffset now)
    {
        var today = PlausibleDates.TodayInChina(now);
        var open = leads.Where(l => l.OpenKey != null);
        return kind switch
        {
            DueToday => open.Where(l => l.NextActionDue == today),
            Overdue => open.Where(l => l.NextActionDue < today),
            Stalled => open.Where(StalledAt(today)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a follow-up kind"),
        };
    }

    /// <summary>The day (or stage entry) an alert is about: raised once per lead, kind and occurrence.</summary>
    public static string OccurrenceOf(Lead lead, string kind) => kind == Stalled
        ? lead.StageEnteredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)
        : lead.NextActionDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    // Stalled: entered its stage before the start of (today - limit) in China, for each stage with a limit.
    private static Expression<Func<Lead, bool>> StalledAt(DateOnly today)
    {
        var lead = Expression.Parameter(typeof(Lead), "l");
        Expression? any = null;
        foreach (var stage in LeadStageKeys.Funnel.Where(s => LeadPipeline.IsOpen(s) && StageProfiles.LimitDays(s) > 0))
        {
            var cutoff = StartOfDayInChina(today.AddDays(-StageProfiles.LimitDays(stage)));
            var test = Expression.AndAlso(
                Expression.Equal(Expression.Property(lead, nameof(Lead.Stage)), Expression.Constant(stage)),
                Expression.LessThan(Expression.Property(lead, nameof(Lead.StageEnteredAt)), Expression.Constant(cutoff)));
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return Expression.Lambda<Func<Lead, bool>>(any ?? Expression.Constant(false), lead);
    }

    private static DateTimeOffset StartOfDayInChina(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, China.GetUtcOffset(local)).ToUniversalTime();
    }
}
