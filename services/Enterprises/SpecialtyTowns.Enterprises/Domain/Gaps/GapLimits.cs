namespace SpecialtyTowns.Enterprises.Domain.Gaps;

/// <summary>Field sizes shared by validation and the schema (ChainGapConfiguration).</summary>
public static class GapLimits
{
    public const int Title = 200;
    public const int Description = 4000;
    public const int Specification = 2000;
    public const int VolumeUnit = 40;
    public const int AnchorBuyer = 200;
    public const int Incentives = 2000;
    public const int Keywords = 20;
    public const int Keyword = 100;
    public const int Note = 1000;

    /// <summary>The column is numeric(18,3): anything beyond is no real yearly volume.</summary>
    public const decimal MaxYearlyVolume = 999_999_999_999_999m;

    public const int MaxDeadlineYearsAhead = 10;
}
