namespace SpecialtyTowns.Leads.Domain.Directory;

/// <summary>
/// What Leads knows of an investment project, from Towns' project events: enough to check that a
/// lead's project belongs to its town, to show its title, and to know whether it is still sought.
/// Events may arrive out of order: the entry keeps the time of the newest one applied.
/// </summary>
public sealed class ProjectEntry
{
    private ProjectEntry()
    {
    }

    public Guid ProjectId { get; private set; }

    public Guid TownId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Towns' status key: published, negotiating, signed, landed, withdrawn.</summary>
    public string Status { get; private set; } = string.Empty;

    public string IndustryCode { get; private set; } = string.Empty;

    public long AmountMinFen { get; private set; }

    public long AmountMaxFen { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    /// <summary>What matching reads of the project; null until an event carrying the content arrived (older publishers send none).</summary>
    public string? TitleEn { get; private set; }

    public string? Description { get; private set; }

    public string? DescriptionEn { get; private set; }

    /// <summary>Towns' cooperation mode keys (equity, joint-venture, sole-ownership...), as on the project.</summary>
    public List<string> CooperationModes { get; private set; } = [];

    public decimal? LandAreaSquareMetres { get; private set; }

    /// <summary>Whether an event carrying the content (TitleEn, descriptions, modes, land) was applied.</summary>
    public bool HasContent { get; private set; }

    /// <summary>The time of the event the content comes from: content follows its own order, apart from the status.</summary>
    public DateTimeOffset? ContentAsOf { get; private set; }

    /// <summary>Sets the content an event (as of <see cref="AsOf"/>) carries; returns the entry.</summary>
    public ProjectEntry WithContent(string? titleEn, string? description, string? descriptionEn, IReadOnlyList<string> cooperationModes, decimal? landAreaSquareMetres)
    {
        SetContent(titleEn, description, descriptionEn, cooperationModes, landAreaSquareMetres, AsOf);
        return this;
    }

    public static ProjectEntry From(Guid projectId, Guid townId, string title, string status, string industryCode, long amountMinFen, long amountMaxFen, DateTimeOffset asOf) => new()
    {
        ProjectId = projectId,
        TownId = townId,
        Title = title,
        Status = status,
        IndustryCode = industryCode,
        AmountMinFen = amountMinFen,
        AmountMaxFen = amountMaxFen,
        AsOf = asOf,
    };

    /// <summary>
    /// Applies a newer state; returns false (changing nothing) for one older than what is applied.
    /// The content is taken from an event that carries it and is newer than the content known, so a
    /// status change (no content) never wipes it and an older event never replaces newer content,
    /// even when it still fills blanks or a status change overtook it.
    /// </summary>
    public bool Apply(ProjectEntry newer)
    {
        // A status event (no title) may have overtaken the publication: an older event still fills what is blank.
        var changed = newer.AsOf > AsOf ? ApplyState(newer) : FillBlanks(newer.Title, newer.IndustryCode);
        return ApplyContent(newer) || changed;
    }

    private bool ApplyState(ProjectEntry newer)
    {
        Title = newer.Title.Length > 0 ? newer.Title : Title;
        Status = newer.Status;
        IndustryCode = newer.IndustryCode.Length > 0 ? newer.IndustryCode : IndustryCode;
        AmountMinFen = newer.AmountMinFen;
        AmountMaxFen = newer.AmountMaxFen;
        AsOf = newer.AsOf;
        return true;
    }

    private bool ApplyContent(ProjectEntry newer)
    {
        if (newer.ContentAsOf is not { } incoming || (ContentAsOf is { } known && incoming <= known))
        {
            return false;
        }

        SetContent(newer.TitleEn, newer.Description, newer.DescriptionEn, newer.CooperationModes, newer.LandAreaSquareMetres, incoming);
        return true;
    }

    private void SetContent(string? titleEn, string? description, string? descriptionEn, IReadOnlyList<string> cooperationModes, decimal? landAreaSquareMetres, DateTimeOffset asOf)
    {
        TitleEn = titleEn;
        Description = description;
        DescriptionEn = descriptionEn;
        CooperationModes = [.. cooperationModes];
        LandAreaSquareMetres = landAreaSquareMetres;
        HasContent = true;
        ContentAsOf = asOf;
    }

    private bool FillBlanks(string title, string industryCode)
    {
        if ((Title.Length > 0 || title.Length == 0) && (IndustryCode.Length > 0 || industryCode.Length == 0))
        {
            return false;
        }

        Title = Title.Length > 0 ? Title : title;
        IndustryCode = IndustryCode.Length > 0 ? IndustryCode : industryCode;
        return true;
    }
}
