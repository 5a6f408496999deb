using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// The allowed stage moves (documented in docs/leads.md). Forward moves may skip a stage where
/// real projects do: an investor who arrives for a site visit was never "contacted" first; a small
/// project signs at the visit; a project using an existing company never registers a new one. The
/// only backward move is negotiating → site visit (a second visit). Any stage up to construction
/// started may be lost; in production is final. Reopening a lost lead returns it to the stage it
/// was lost from, or to negotiating when the contract itself fell through (lost after signing).
/// </summary>
public static class LeadPipeline
{
    public const string TransitionRule = "lead-stage-transition";

    private static readonly Dictionary<LeadStage, LeadStage[]> Allowed = new()
    {
        [LeadStage.Lead] = [LeadStage.Contacted, LeadStage.SiteVisit, LeadStage.Negotiating, LeadStage.Lost],
        [LeadStage.Contacted] = [LeadStage.SiteVisit, LeadStage.Negotiating, LeadStage.Lost],
        [LeadStage.SiteVisit] = [LeadStage.Negotiating, LeadStage.Signed, LeadStage.Lost],
        [LeadStage.Negotiating] = [LeadStage.Signed, LeadStage.SiteVisit, LeadStage.Lost],
        [LeadStage.Signed] = [LeadStage.Registered, LeadStage.ConstructionStarted, LeadStage.Lost],
        [LeadStage.Registered] = [LeadStage.ConstructionStarted, LeadStage.Lost],
        [LeadStage.ConstructionStarted] = [LeadStage.InProduction, LeadStage.Lost],
        [LeadStage.InProduction] = [],
        [LeadStage.Lost] = [],
    };

    /// <summary>Whether a move is in the table (reopening is its own move: see <see cref="ReopenTarget"/>).</summary>
    public static bool CanMove(LeadStage from, LeadStage to) => Allowed[from].Contains(to);

    public static IReadOnlyList<LeadStage> NextFrom(LeadStage from) => Allowed[from];

    /// <summary>Open leads are worked: they need a next action, count as duplicates, and can stall.</summary>
    public static bool IsOpen(LeadStage stage) => stage is not (LeadStage.Lost or LeadStage.InProduction);

    /// <summary>Signed and every stage after it: a deal exists.</summary>
    public static bool IsWon(LeadStage stage) => stage is >= LeadStage.Signed and <= LeadStage.InProduction;

    /// <summary>Where a lead lost at <paramref name="lostFrom"/> goes when reopened.</summary>
    public static LeadStage ReopenTarget(LeadStage lostFrom) => IsWon(lostFrom) ? LeadStage.Negotiating : lostFrom;

    public static void EnsureCanMove(LeadStage from, LeadStage to)
    {
        if (!CanMove(from, to))
        {
            var next = Allowed[from].Length == 0 ? "none" : string.Join(", ", Allowed[from].Select(LeadStageKeys.Of));
            throw new BusinessRuleException(TransitionRule, $"A lead at {LeadStageKeys.Of(from)} cannot move to {LeadStageKeys.Of(to)}; allowed next: {next}");
        }
    }
}
