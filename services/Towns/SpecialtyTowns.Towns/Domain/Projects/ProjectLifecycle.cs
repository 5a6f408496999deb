using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>
/// The allowed status changes of an investment project. A negotiation that falls through
/// goes back to published; landed and withdrawn are final; nothing skips a step.
/// </summary>
public static class ProjectLifecycle
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Allowed = new()
    {
        [ProjectStatus.Draft] = [ProjectStatus.Published, ProjectStatus.Withdrawn],
        [ProjectStatus.Published] = [ProjectStatus.Negotiating, ProjectStatus.Withdrawn],
        [ProjectStatus.Negotiating] = [ProjectStatus.Signed, ProjectStatus.Published, ProjectStatus.Withdrawn],
        [ProjectStatus.Signed] = [ProjectStatus.Landed, ProjectStatus.Withdrawn],
        [ProjectStatus.Landed] = [],
        [ProjectStatus.Withdrawn] = [],
    };

    public static bool CanMove(ProjectStatus from, ProjectStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ProjectStatus> NextFrom(ProjectStatus from) => Allowed[from];

    public static void EnsureCanMove(ProjectStatus from, ProjectStatus to)
    {
        if (!CanMove(from, to))
        {
            var next = Allowed[from].Length == 0 ? "none: it is final" : string.Join(", ", Allowed[from].Select(ProjectKeys.Of));
            throw new BusinessRuleException(
                "project-status-transition",
                $"A {ProjectKeys.Of(from)} project cannot become {ProjectKeys.Of(to)}; allowed next: {next}");
        }
    }

    /// <summary>Content can change until the deal is signed; after that the record stands.</summary>
    public static bool IsEditable(ProjectStatus status) =>
        status is ProjectStatus.Draft or ProjectStatus.Published or ProjectStatus.Negotiating;

    /// <summary>What investors may see: everything once published, until withdrawn.</summary>
    public static bool IsPublic(ProjectStatus status) =>
        status is ProjectStatus.Published or ProjectStatus.Negotiating or ProjectStatus.Signed or ProjectStatus.Landed;
}
