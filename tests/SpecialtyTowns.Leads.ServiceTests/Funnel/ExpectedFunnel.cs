namespace SpecialtyTowns.Leads.ServiceTests.Funnel;

/// <summary>The funnel recomputed the plain way from the generated leads, to hold the service's SQL against.</summary>
public static class ExpectedFunnel
{
    public static readonly Dictionary<string, double> Probabilities = new()
    {
        ["Lead"] = 0.05, ["Contacted"] = 0.1, ["SiteVisit"] = 0.25, ["Negotiating"] = 0.5,
        ["Signed"] = 1, ["Registered"] = 1, ["ConstructionStarted"] = 1, ["InProduction"] = 1,
    };

    public static long Count(IEnumerable<GeneratedLead> leads, string stage) => leads.Count(l => l.Stage == stage);

    public static long Amount(IEnumerable<GeneratedLead> leads, string stage) => leads.Where(l => l.Stage == stage).Sum(l => l.ExpectedAmountFen ?? 0);

    /// <summary>Leads whose furthest stage ever is at or beyond <paramref name="stage"/>.</summary>
    public static long Reached(IEnumerable<GeneratedLead> leads, string stage) =>
        leads.Count(l => l.Path.Where(p => p.Stage != "Lost").Max(p => Array.IndexOf(FunnelData.Funnel, p.Stage)) >= Array.IndexOf(FunnelData.Funnel, stage));

    /// <summary>The median of whole days between entering the stage and the next change, over every stay that ended.</summary>
    public static double MedianDays(IEnumerable<GeneratedLead> leads, string stage)
    {
        var days = leads.SelectMany(l => l.Path.Zip(l.Path.Skip(1)))
            .Where(pair => pair.First.Stage == stage)
            .Select(pair => Math.Floor((pair.Second.At - pair.First.At).TotalDays))
            .Order()
            .ToList();
        return days.Count == 0 ? 0 : (days[(days.Count - 1) / 2] + days[days.Count / 2]) / 2;
    }

    public static long Weighted(IEnumerable<GeneratedLead> leads, string stage) =>
        (long)Math.Round(Amount(leads, stage) * (decimal)Probabilities[stage], MidpointRounding.AwayFromZero);

    public static IEnumerable<GeneratedDeal> StandingDeals(IEnumerable<GeneratedLead> leads, int year) =>
        leads.Select(l => l.Deal).OfType<GeneratedDeal>().Where(d => !d.Terminated && d.SignedOn.Year == year);

    public static long OverdueToStart(IEnumerable<GeneratedLead> leads, DateOnly today) =>
        leads.Select(l => l.Deal).OfType<GeneratedDeal>().Count(d => !d.Terminated && d.ConstructionStartedOn is null && d.PlannedStartOn < today);
}
