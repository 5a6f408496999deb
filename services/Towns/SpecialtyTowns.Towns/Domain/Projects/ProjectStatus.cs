namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>招商项目 lifecycle: draft → published → negotiating → signed (签约) → landed (落地), or withdrawn.</summary>
public enum ProjectStatus
{
    Draft = 0,
    Published = 1,
    Negotiating = 2,
    Signed = 3,
    Landed = 4,
    Withdrawn = 5,
}
