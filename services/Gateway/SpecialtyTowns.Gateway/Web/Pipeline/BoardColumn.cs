using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Pipeline;

/// <summary>One stage's column of the board: its leads, how many, and the money they carry (expected amounts, in fen).</summary>
public sealed record BoardColumn(StageRule Stage, IReadOnlyList<Lead> Leads)
{
    public int Count => Leads.Count;

    public long AmountFen => Leads.Sum(lead => lead.ExpectedAmountFen);

    /// <summary>The columns in the rules' stage order; a lead of a stage the rules do not know is left out.</summary>
    public static IReadOnlyList<BoardColumn> Of(PipelineRules rules, IEnumerable<Lead> leads)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var byStage = leads.ToLookup(lead => lead.Stage, StringComparer.Ordinal);
        return [.. rules.Stages.Select(stage => new BoardColumn(stage, [.. byStage[stage.Stage]]))];
    }
}
