using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// The fields a move to each stage must carry (documented in docs/leads.md). Every open stage
/// needs the next action and its due date, because every open lead is followed up; signing needs
/// what the contract says; the landing stages need their dates; losing a lead needs its reason.
/// A move without them is refused with rule <see cref="Rule"/> naming every missing field.
/// </summary>
public static class StageRequirements
{
    public const string Rule = "lead-stage-required-fields";

    private static readonly string[] FollowUp = ["next_action", "next_action_due"];

    private static readonly Dictionary<LeadStage, string[]> Required = new()
    {
        [LeadStage.Lead] = FollowUp,
        [LeadStage.Contacted] = FollowUp,
        [LeadStage.SiteVisit] = ["visit_on", .. FollowUp],
        [LeadStage.Negotiating] = ["expected_amount_fen", .. FollowUp],
        [LeadStage.Signed] = ["amount_fen", "signed_on", "contract_reference", "planned_start_on", .. FollowUp],
        [LeadStage.Registered] = ["registered_company", "registered_on", .. FollowUp],
        [LeadStage.ConstructionStarted] = ["construction_started_on", .. FollowUp],
        [LeadStage.InProduction] = ["production_started_on"],
        [LeadStage.Lost] = ["lost_reason"],
    };

    public static IReadOnlyList<string> For(LeadStage stage) => Required[stage];

    /// <summary>The required fields of <paramref name="stage"/> that <paramref name="fields"/> leaves empty.</summary>
    public static IReadOnlyList<string> Missing(LeadStage stage, StageFields fields) =>
        [.. Required[stage].Where(name => !IsGiven(name, fields))];

    public static void EnsureComplete(LeadStage stage, StageFields fields)
    {
        var missing = Missing(stage, fields);
        if (missing.Count > 0)
        {
            throw new BusinessRuleException(Rule, $"Moving to {LeadStageKeys.Of(stage)} needs {string.Join(", ", missing)}", missing);
        }
    }

    private static bool IsGiven(string name, StageFields f) => name switch
    {
        "next_action" => !string.IsNullOrWhiteSpace(f.NextAction),
        "next_action_due" => f.NextActionDue is not null,
        "visit_on" => f.VisitOn is not null,
        "expected_amount_fen" => f.ExpectedAmountFen is not null,
        "amount_fen" => f.AmountFen is not null,
        "signed_on" => f.SignedOn is not null,
        "contract_reference" => !string.IsNullOrWhiteSpace(f.ContractReference),
        "planned_start_on" => f.PlannedStartOn is not null,
        "registered_company" => !string.IsNullOrWhiteSpace(f.RegisteredCompany),
        "registered_on" => f.RegisteredOn is not null,
        "construction_started_on" => f.ConstructionStartedOn is not null,
        "production_started_on" => f.ProductionStartedOn is not null,
        "lost_reason" => !string.IsNullOrWhiteSpace(f.LostReason),
        _ => throw new InvalidOperationException($"No rule for required field {name}"),
    };
}
