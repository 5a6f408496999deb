using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>
/// Which of a town's projects a caller sees: the public ones (published to landed) for anyone, every
/// one for the town's own account and admins. A town's list filters by it and a single read checks it
/// (<see cref="InvestmentProject.IsVisibleTo"/>), so both always agree.
/// </summary>
public sealed record TownProjectsScope(Guid TownId, IReadOnlyList<ProjectStatus> Statuses)
{
    private static readonly ProjectStatus[] All = Enum.GetValues<ProjectStatus>();

    private static readonly ProjectStatus[] Public = [.. All.Where(ProjectLifecycle.IsPublic)];

    public static TownProjectsScope For(Caller caller, Guid townId) =>
        new(townId, InvestmentProject.MayChangeProjectsOf(caller, townId) ? All : Public);

    public bool Includes(InvestmentProject project) => project.TownId == TownId && Statuses.Contains(project.Status);
}
