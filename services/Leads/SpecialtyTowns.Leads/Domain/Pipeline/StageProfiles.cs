namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// Per stage: how many days a lead may sit in it before it counts as stalled (0: never), and the
/// probability the weighted pipeline multiplies its amount by. Signed and later count in full: the
/// money is contracted; a lost lead counts nothing. The one source for the stalled lists, the follow-up
/// events, GetPipelineRules and the funnel (docs/leads-funnel.md has the table).
/// </summary>
public static class StageProfiles
{
    private static readonly Dictionary<LeadStage, (int LimitDays, double Probability)> Profiles = new()
    {
        [LeadStage.Lead] = (7, 0.05),
        [LeadStage.Contacted] = (14, 0.10),
        [LeadStage.SiteVisit] = (30, 0.25),
        [LeadStage.Negotiating] = (60, 0.50),
        [LeadStage.Signed] = (90, 1.0),
        [LeadStage.Registered] = (180, 1.0),
        [LeadStage.ConstructionStarted] = (365, 1.0),
        [LeadStage.InProduction] = (0, 1.0),
        [LeadStage.Lost] = (0, 0.0),
    };

    public static int LimitDays(LeadStage stage) => Profiles[stage].LimitDays;

    public static double Probability(LeadStage stage) => Profiles[stage].Probability;

    /// <summary>Whole days since the lead entered its stage, counted on China's calendar.</summary>
    public static int DaysInStage(DateTimeOffset stageEnteredAt, DateTimeOffset now) =>
        Math.Max(0, SharedKernel.PlausibleDates.TodayInChina(now).DayNumber - SharedKernel.PlausibleDates.TodayInChina(stageEnteredAt).DayNumber);

    /// <summary>Longer in an open stage than its limit.</summary>
    public static bool IsStalled(LeadStage stage, DateTimeOffset stageEnteredAt, DateTimeOffset now) =>
        LeadPipeline.IsOpen(stage) && LimitDays(stage) > 0 && DaysInStage(stageEnteredAt, now) > LimitDays(stage);
}
