using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.Application.Funnel;

/// <summary>
/// Configuration "Pipeline:Stages": per stage (wire name) the days before a lead counts as stalled and the
/// probability the weighted pipeline gives it (docs/leads-funnel.md). Stages left out keep the defaults.
/// </summary>
public sealed class PipelineStageSettings
{
    public const string SectionName = "Pipeline";

    private static readonly Dictionary<LeadStage, StageSetting> Defaults = new()
    {
        [LeadStage.Lead] = new StageSetting { LimitDays = 7, Probability = 0.05 },
        [LeadStage.Contacted] = new StageSetting { LimitDays = 14, Probability = 0.1 },
        [LeadStage.SiteVisit] = new StageSetting { LimitDays = 30, Probability = 0.25 },
        [LeadStage.Negotiating] = new StageSetting { LimitDays = 60, Probability = 0.5 },
        [LeadStage.Signed] = new StageSetting { LimitDays = 90, Probability = 1 },
        [LeadStage.Registered] = new StageSetting { LimitDays = 180, Probability = 1 },
        [LeadStage.ConstructionStarted] = new StageSetting { LimitDays = 365, Probability = 1 },
        [LeadStage.InProduction] = new StageSetting { LimitDays = 0, Probability = 1 },
        [LeadStage.Lost] = new StageSetting { LimitDays = 0, Probability = 0 },
    };

    public Dictionary<string, StageSetting> Stages { get; init; } = [];

    public StageSetting For(LeadStage stage) =>
        Stages.TryGetValue(LeadStageKeys.Of(stage), out var configured) ? configured : Defaults[stage];

    /// <summary>Why the configuration cannot be used, or null when it can.</summary>
    public string? Problem()
    {
        foreach (var (key, setting) in Stages)
        {
            if (!LeadStageKeys.TryParse(key, out _))
            {
                return $"Pipeline:Stages:{key} is not a stage (one of {string.Join(", ", LeadStageKeys.All)})";
            }

            if (setting.Probability is < 0 or > 1 || setting.LimitDays < 0)
            {
                return $"Pipeline:Stages:{key} needs a probability between 0 and 1 and a limit of 0 or more days";
            }
        }

        return null;
    }
}
