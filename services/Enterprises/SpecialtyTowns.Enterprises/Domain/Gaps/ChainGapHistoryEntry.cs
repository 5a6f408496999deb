namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>One change of a gap, kept for good: who, when, what.</summary>
public sealed class ChainGapHistoryEntry
{
    private ChainGapHistoryEntry()
    {
    }

    public long Id { get; private set; }

    public Guid GapId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    /// <summary>posted, updated or status.</summary>
    public string Action { get; private set; } = string.Empty;

    public string? FromStatus { get; private set; }

    public string? ToStatus { get; private set; }

    public string? Note { get; private set; }

    public static ChainGapHistoryEntry Record(Guid gapId, DateTimeOffset at, string actor, string action, string? from, string? to, string? note) => new()
    {
        GapId = gapId,
        At = at,
        Actor = actor,
        Action = action,
        FromStatus = from,
        ToStatus = to,
        Note = note,
    };
}
