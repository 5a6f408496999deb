namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>One row of a lead's append-only stage history: from, to, who, when, and the note given.</summary>
public sealed class LeadStageChange
{
    private LeadStageChange()
    {
    }

    public Guid LeadId { get; private set; }

    /// <summary>1 for the creation, then one more per move; with the lead id it is the key, so history is never rewritten.</summary>
    public int Sequence { get; private set; }

    public LeadStage? From { get; private set; }

    public LeadStage To { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }

    public static LeadStageChange Record(Guid leadId, int sequence, LeadStage? from, LeadStage to, string actor, DateTimeOffset at, string? note) => new()
    {
        LeadId = leadId,
        Sequence = sequence,
        From = from,
        To = to,
        Actor = actor,
        At = at,
        Note = string.IsNullOrWhiteSpace(note) ? null : note,
    };
}
