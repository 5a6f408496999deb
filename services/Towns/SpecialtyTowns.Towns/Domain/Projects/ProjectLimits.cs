namespace SpecialtyTowns.Towns.Domain.Projects;

/// <summary>Field sizes shared by validation and the schema.</summary>
public static class ProjectLimits
{
    public const int Title = 200;
    public const int Description = 10000;
    public const int Incentives = 4000;
    public const int Short = 200;
    public const int CooperationModes = 8;

    /// <summary>1 trillion yuan: beyond any project a town posts, far below overflow.</summary>
    public const long MaxAmountFen = 100_000_000_000_000;
}
