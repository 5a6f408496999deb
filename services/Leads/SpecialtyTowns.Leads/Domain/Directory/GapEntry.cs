namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// What Leads knows of a chain gap, from Enterprises' gap events: its town, title and whether it is
/// still sought. Events may arrive out of order: the entry keeps the time of the newest one applied.
/// </summary>
public sealed class GapEntry
{
    private GapEntry()
    {
    }

    public Guid GapId { get; private set; }

    public Guid TownId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Enterprises' status key: open, in-talks, filled, withdrawn.</summary>
    public string Status { get; private set; } = string.Empty;

    public DateTimeOffset AsOf { get; private set; }

    /// <summary>What matching reads of the gap, from the posted and updated events (the filled and withdrawn ones carry none).</summary>
    public string? TitleEn { get; private set; }

    /// <summary>Enterprises' gap kind key (supplier, customer, technology...).</summary>
    public string? Kind { get; private set; }

    public string? IndustryCode { get; private set; }

    public Guid? ChainNodeId { get; private set; }

    /// <summary>The enterprise that posted the gap for itself; null for a town's gap.</summary>
    public Guid? EnterpriseId { get; private set; }

    /// <summary>The time of the event the content comes from: content follows its own order, apart from the status.</summary>
    public DateTimeOffset? ContentAsOf { get; private set; }

    /// <summary>Sets the content a posted or updated event (as of <see cref="AsOf"/>) carries; returns the entry.</summary>
    public GapEntry WithContent(string? titleEn, string? kind, string? industryCode, Guid? chainNodeId, Guid? enterpriseId)
    {
        SetContent(titleEn, kind, industryCode, chainNodeId, enterpriseId, AsOf);
        return this;
    }

    public static GapEntry From(Guid gapId, Guid townId, string title, string status, DateTimeOffset asOf) =>
        new() { GapId = gapId, TownId = townId, Title = title, Status = status, AsOf = asOf };

    /// <summary>
    /// Applies a newer state; returns false (changing nothing) for one older than what is applied.
    /// The content is taken from an event that carries it and is newer than the content known, so a
    /// filled or withdrawn event (no content) never wipes it and an older event never replaces newer content.
    /// </summary>
    public bool Apply(GapEntry newer)
    {
        var changed = newer.AsOf > AsOf ? ApplyState(newer) : FillBlankTitle(newer.Title);
        return ApplyContent(newer) || changed;
    }

    private bool ApplyState(GapEntry newer)
    {
        Title = newer.Title.Length > 0 ? newer.Title : Title;
        Status = newer.Status;
        AsOf = newer.AsOf;
        return true;
    }

    /// <summary>A filled or withdrawn event (no title) may have overtaken the posting: an older event still fills a blank title.</summary>
    private bool FillBlankTitle(string title)
    {
        if (Title.Length > 0 || title.Length == 0)
        {
            return false;
        }

        Title = title;
        return true;
    }

    private bool ApplyContent(GapEntry newer)
    {
        if (newer.ContentAsOf is not { } incoming || (ContentAsOf is { } known && incoming <= known))
        {
            return false;
        }

        SetContent(newer.TitleEn, newer.Kind, newer.IndustryCode, newer.ChainNodeId, newer.EnterpriseId, incoming);
        return true;
    }

    private void SetContent(string? titleEn, string? kind, string? industryCode, Guid? chainNodeId, Guid? enterpriseId, DateTimeOffset asOf)
    {
        TitleEn = titleEn;
        Kind = kind;
        IndustryCode = industryCode;
        ChainNodeId = chainNodeId;
        EnterpriseId = enterpriseId;
        ContentAsOf = asOf;
    }
}
