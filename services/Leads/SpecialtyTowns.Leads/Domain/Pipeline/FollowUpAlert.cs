namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// That a follow-up event (due today, overdue, stalled) was raised for a lead at one due date or
/// stage entry: the key makes each alert once-only even with several replicas scanning.
/// </summary>
public sealed class FollowUpAlert
{
    private FollowUpAlert()
    {
    }

    public Guid LeadId { get; private set; }

    /// <summary>due-today, overdue, stalled.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The due date (due-today, overdue) or the stage-entry time (stalled) the alert is about.</summary>
    public string Occurrence { get; private set; } = string.Empty;

    public DateTimeOffset RaisedAt { get; private set; }

    public static FollowUpAlert Raise(Guid leadId, string kind, string occurrence, DateTimeOffset now) =>
        new() { LeadId = leadId, Kind = kind, Occurrence = occurrence, RaisedAt = now };
}
