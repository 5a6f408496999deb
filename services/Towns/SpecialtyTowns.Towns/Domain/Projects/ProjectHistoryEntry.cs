namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>One change of a project, kept for good: who, when, what.</summary>
public sealed class ProjectHistoryEntry
{
    private ProjectHistoryEntry()
    {
    }

    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    public string? FromStatus { get; private set; }

    public string? ToStatus { get; private set; }

    public string? Note { get; private set; }

    public static ProjectHistoryEntry Record(Guid projectId, DateTimeOffset at, string actor, string action, ProjectStatus? from, ProjectStatus? to, string? note) => new()
    {
        ProjectId = projectId,
        At = at,
        Actor = actor,
        Action = action,
        FromStatus = from is { } f ? ProjectKeys.Of(f) : null,
        ToStatus = to is { } t ? ProjectKeys.Of(t) : null,
        Note = note,
    };
}
