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

    /// <summary>Sets the content a posted or updated event carries; returns the entry.</summary>
    public GapEntry WithContent(string? titleEn, string? kind, string? industryCode, Guid? chainNodeId, Guid? enterpriseId)
    {
        TitleEn = titleEn;
        Kind = kind;
        IndustryCode = industryCode;
        ChainNodeId = chainNodeId;
        EnterpriseId = enterpriseId;
        return this;
    }

    public static GapEntry From(Guid gapId, Guid townId, string title, string status, DateTimeOffset asOf) =>
        new() { GapId = gapId, TownId = townId, Title = title, Status = status, AsOf = asOf };

    /// <summary>Applies a newer state; returns false (changing nothing) for one older than what is applied.</summary>
    public bool Apply(string title, string status, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            // A filled or withdrawn event (no title) may have overtaken the posting: an older event still fills a blank title.
            if (Title.Length > 0 || title.Length == 0)
            {
                return false;
            }

            Title = title;
            return true;
        }

        Title = title.Length > 0 ? title : Title;
        Status = status;
        AsOf = asOf;
        return true;
    }
}
