namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>
/// A supply-chain gap (补链): what a town's chain (EnterpriseId null) or one enterprise lacks.
/// Lifecycle, ownership and history rules live here (see GapLifecycle).
/// </summary>
public sealed class ChainGap
{
    private readonly List<ChainGapHistoryEntry> _history = [];

    private ChainGap()
    {
    }

    public Guid Id { get; private set; }

    public Guid TownId { get; private set; }

    /// <summary>The posting enterprise; null when the town posted the gap for its chain.</summary>
    public Guid? EnterpriseId { get; private set; }

    public Guid? ChainNodeId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? TitleEn { get; private set; }

    public GapKind Kind { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public string? DescriptionEn { get; private set; }

    public string? Specification { get; private set; }

    public decimal? YearlyVolume { get; private set; }

    public string? VolumeUnit { get; private set; }

    public string? AnchorBuyer { get; private set; }

    public string? Incentives { get; private set; }

    public DateOnly? Deadline { get; private set; }

    public string? IndustryCode { get; private set; }

    public List<string> Keywords { get; private set; } = [];

    public GapStatus Status { get; private set; }

    public Guid? FilledByEnterpriseId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ChainGapHistoryEntry> History => _history;

    public ChainGapContent Content => new(
        Title, TitleEn, ChainNodeId, Kind, Description, DescriptionEn, Specification, YearlyVolume, VolumeUnit,
        AnchorBuyer, Incentives, Deadline, IndustryCode, Keywords);

    public static ChainGap Post(Guid townId, Guid? enterpriseId, ChainGapContent content, string actor, DateTimeOffset now)
    {
        var gap = new ChainGap
        {
            Id = Guid.CreateVersion7(now),
            TownId = townId,
            EnterpriseId = enterpriseId,
            Status = GapStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        gap.Set(content);
        gap._history.Add(ChainGapHistoryEntry.Record(gap.Id, now, actor, "posted", null, GapKeys.Of(GapStatus.Open), null));
        return gap;
    }

    /// <summary>Replaces the content of a gap still sought; returns whether anything changed (a no-op raises no version).</summary>
    public bool Apply(ChainGapContent content, string actor, DateTimeOffset now)
    {
        GapLifecycle.EnsureEditable(Status);
        var current = Content;
        if (current with { Keywords = [] } == content with { Keywords = [] } && current.Keywords.SequenceEqual(content.Keywords))
        {
            return false;
        }

        Set(content);
        Touch(now);
        _history.Add(ChainGapHistoryEntry.Record(Id, now, actor, "updated", null, null, null));
        return true;
    }

    /// <summary>Moves the gap along <see cref="GapLifecycle"/>; records the move; returns the status it left.</summary>
    public GapStatus MoveTo(GapStatus status, Guid? filledBy, string actor, string? note, DateTimeOffset now)
    {
        GapLifecycle.EnsureCanMove(Status, status);
        var from = Status;
        Status = status;
        FilledByEnterpriseId = status == GapStatus.Filled ? filledBy : FilledByEnterpriseId;
        Touch(now);
        _history.Add(ChainGapHistoryEntry.Record(Id, now, actor, "status", GapKeys.Of(from), GapKeys.Of(status), note));
        return from;
    }

    /// <summary>Lets go of a node being removed (only final gaps still point at one); kept in the history.</summary>
    public void DetachNode(string actor, DateTimeOffset now)
    {
        ChainNodeId = null;
        Touch(now);
        _history.Add(ChainGapHistoryEntry.Record(Id, now, actor, "updated", null, null, "its chain node was removed"));
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private void Set(ChainGapContent content)
    {
        Title = content.Title;
        TitleEn = content.TitleEn;
        ChainNodeId = content.ChainNodeId;
        Kind = content.Kind;
        Description = content.Description;
        DescriptionEn = content.DescriptionEn;
        Specification = content.Specification;
        YearlyVolume = content.YearlyVolume;
        VolumeUnit = content.VolumeUnit;
        AnchorBuyer = content.AnchorBuyer;
        Incentives = content.Incentives;
        Deadline = content.Deadline;
        IndustryCode = content.IndustryCode;
        Keywords = [.. content.Keywords];
    }
}
