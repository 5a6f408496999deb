using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>
/// An investment project (招商项目) a town posts. Only its town edits it; every change is
/// kept in its history; the lifecycle is <see cref="ProjectLifecycle"/>.
/// </summary>
public sealed class InvestmentProject
{
    private readonly List<ProjectHistoryEntry> _history = [];

    private InvestmentProject()
    {
    }

    public Guid Id { get; private set; }

    public Guid TownId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? TitleEn { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public string? DescriptionEn { get; private set; }

    public string IndustryCode { get; private set; } = string.Empty;

    public long AmountMinFen { get; private set; }

    public long AmountMaxFen { get; private set; }

    public List<string> CooperationModes { get; private set; } = [];

    public decimal? LandAreaSquareMetres { get; private set; }

    public string? Incentives { get; private set; }

    public string? Location { get; private set; }

    public DateOnly? Deadline { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    public ProjectStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<ProjectHistoryEntry> History => _history;

    public static InvestmentProject Draft(Guid townId, ProjectContent content, string actor, DateTimeOffset now)
    {
        var project = new InvestmentProject
        {
            Id = Guid.CreateVersion7(now),
            TownId = townId,
            Status = ProjectStatus.Draft,
            CreatedAt = now,
        };
        ProjectDeadline.Ensure(content.Deadline, null, now);
        project.SetContent(content);
        project.UpdatedAt = now;
        project._history.Add(ProjectHistoryEntry.Record(project.Id, now, actor, "created", null, ProjectStatus.Draft, null));
        return project;
    }

    /// <summary>
    /// The town a caller drafts a project for: an admin for the town it names, a town for itself
    /// (naming no town, or its own); null for anyone else, or an admin naming no town.
    /// </summary>
    public static Guid? DraftingTownFor(Caller caller, Guid? requestedTownId) => caller switch
    {
        { IsAdmin: true } => requestedTownId,
        { Role: Roles.Town, TownId: { } own } when requestedTownId is null || requestedTownId == own => own,
        _ => null,
    };

    /// <summary>Public projects are visible to anyone; drafts and withdrawn ones only to their town and admins.</summary>
    public bool IsVisibleTo(Caller caller) => TownProjectsScope.For(caller, TownId).Includes(this);

    /// <summary>Only the project's town and admins change a project (or read its history).</summary>
    public bool MayBeChangedBy(Caller caller) => MayChangeProjectsOf(caller, TownId);

    /// <summary>Whether the caller is the town itself or an admin: who changes, and sees all, of a town's projects.</summary>
    public static bool MayChangeProjectsOf(Caller caller, Guid townId) => caller.IsAdmin || caller.IsTown(townId);

    /// <summary>
    /// Replaces the content; returns whether anything changed. A town the request names must be
    /// this project's own: a project never moves between towns, and a contradicting town is
    /// refused rather than silently ignored.
    /// </summary>
    public bool Revise(ProjectContent content, Guid? namedTownId, string actor, DateTimeOffset now)
    {
        if (namedTownId is { } named && named != TownId)
        {
            throw new InvalidValueException("town_id", "is not the project's town; a project cannot move to another town (omit townId or send its own)");
        }

        if (!ProjectLifecycle.IsEditable(Status))
        {
            throw new BusinessRuleException("project-editable", $"A {ProjectKeys.Of(Status)} project can no longer be edited");
        }

        ProjectDeadline.Ensure(content.Deadline, Deadline, now);

        var before = Snapshot();
        SetContent(content);
        var changed = ChangedFields(before, Snapshot());
        if (changed.Count == 0)
        {
            return false;
        }

        UpdatedAt = now;
        _history.Add(ProjectHistoryEntry.Record(Id, now, actor, "updated", null, null, string.Join(", ", changed)));
        return true;
    }

    public ProjectStatus MoveTo(ProjectStatus next, string actor, string? note, DateTimeOffset now)
    {
        ProjectLifecycle.EnsureCanMove(Status, next);
        var previous = Status;
        Status = next;
        UpdatedAt = now;
        if (next == ProjectStatus.Published && PublishedAt is null)
        {
            PublishedAt = now;
        }

        _history.Add(ProjectHistoryEntry.Record(Id, now, actor, "status-changed", previous, next, note));
        return previous;
    }

    private void SetContent(ProjectContent content)
    {
        if (content.AmountMinFen < 0 || content.AmountMaxFen < content.AmountMinFen)
        {
            throw new BusinessRuleException("project-amount-range", "The investment range must be non-negative with its minimum not above its maximum");
        }

        if (!IndustryTaxonomy.IsKnown(content.IndustryCode))
        {
            throw new BusinessRuleException("project-industry-known", $"'{content.IndustryCode}' is not in the industry taxonomy");
        }

        Title = content.Title.Trim();
        TitleEn = Clean(content.TitleEn);
        Description = content.Description.Trim();
        DescriptionEn = Clean(content.DescriptionEn);
        IndustryCode = content.IndustryCode;
        AmountMinFen = content.AmountMinFen;
        AmountMaxFen = content.AmountMaxFen;
        CooperationModes = content.CooperationModes.Distinct().Order(StringComparer.Ordinal).ToList();
        LandAreaSquareMetres = content.LandAreaSquareMetres;
        Incentives = Clean(content.Incentives);
        Location = Clean(content.Location);
        Deadline = content.Deadline;
        ContactName = Clean(content.ContactName);
        ContactPhone = Clean(content.ContactPhone);
        ContactEmail = Clean(content.ContactEmail);
    }

    private Dictionary<string, string?> Snapshot() => new()
    {
        ["title"] = Title,
        ["titleEn"] = TitleEn,
        ["description"] = Description,
        ["descriptionEn"] = DescriptionEn,
        ["industry"] = IndustryCode,
        ["amount"] = $"{AmountMinFen}-{AmountMaxFen}",
        ["cooperationModes"] = string.Join(',', CooperationModes),
        // By value, not by scale: the database hands back 12000.50 for a stored 12000.5.
        ["landArea"] = LandAreaSquareMetres?.ToString("G29", System.Globalization.CultureInfo.InvariantCulture),
        ["incentives"] = Incentives,
        ["location"] = Location,
        ["deadline"] = Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["contact"] = $"{ContactName}|{ContactPhone}|{ContactEmail}",
    };

    private static List<string> ChangedFields(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        before.Where(pair => after[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
