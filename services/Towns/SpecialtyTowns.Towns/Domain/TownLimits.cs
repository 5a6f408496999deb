namespace SpecialtyTowns.Towns.Domain;

/// <summary>Field sizes shared by validation and the database schema.</summary>
public static class TownLimits
{
    public const int Name = 100;
    public const int NameEn = 200;
    public const int Place = 100;
    public const int MainIndustry = 200;
    public const int Fact = 1000;
    public const int Facts = 50;
    public const int RequestId = SharedKernel.RequestIds.MaxLength;
}
