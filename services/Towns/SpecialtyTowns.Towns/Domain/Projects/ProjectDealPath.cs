namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>
/// The moves a deal makes a project take along <see cref="ProjectLifecycle"/>, which skips no step: a
/// signed deal takes a published project through negotiating to signed, and production takes it on to
/// landed (also when production is heard of before the signing, since events of two kinds may overtake
/// each other). A project already there needs no move, so a repeated event changes nothing; a draft or
/// withdrawn project is not one a deal can sign, and is left alone.
/// </summary>
public static class ProjectDealPath
{
    private static readonly ProjectStatus[] Path = [ProjectStatus.Published, ProjectStatus.Negotiating, ProjectStatus.Signed, ProjectStatus.Landed];

    /// <param name="current">Where the project is.</param>
    /// <param name="target">Signed (the deal was signed) or landed (it went into production).</param>
    public static IReadOnlyList<ProjectStatus> MovesTo(ProjectStatus current, ProjectStatus target)
    {
        var from = Array.IndexOf(Path, current);
        var to = Array.IndexOf(Path, target);
        if (to < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A deal takes a project to signed or landed only");
        }

        return from < 0 || from >= to ? [] : Path[(from + 1)..(to + 1)];
    }

    /// <summary>Whether a deal may move a project at <paramref name="current"/> at all (not a draft, not withdrawn).</summary>
    public static bool Reaches(ProjectStatus current) => Array.IndexOf(Path, current) >= 0;
}
