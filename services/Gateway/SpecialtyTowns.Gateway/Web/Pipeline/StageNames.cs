using SpecialtyTowns.Gateway.Web.Localization;
using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>The stages' names as the service's rules give them, in the page's language; the wire name when unknown.</summary>
public static class StageNames
{
    public static string Of(PipelineRules? rules, string stage)
    {
        var rule = rules?.Stages.FirstOrDefault(s => s.Stage == stage);
        if (rule is null)
        {
            return stage;
        }

        return UiCulture.IsEnglish ? rule.NameEn : rule.NameZh;
    }

    public static StageRule? Rule(PipelineRules? rules, string stage) => rules?.Stages.FirstOrDefault(s => s.Stage == stage);

    /// <summary>Where reopening takes a lost lead: back to the stage it was lost from, or negotiating when lost after signing.</summary>
    public static string ReopenTarget(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return lead.LostFrom switch
        {
            "signed" or "registered" or "construction-started" or "in-production" => "negotiating",
            "" => "lead",
            var from => from,
        };
    }
}
