namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>Field sizes and counts shared by validation and the schema.</summary>
public static class EnterpriseLimits
{
    public const int Name = 200;
    public const int Short = 200;
    public const int Description = 4000;
    public const int Source = 1000;
    public const int Products = 50;
    public const int Certifications = 30;
    public const int Capacities = 20;
    public const int Equipment = 50;
    public const int ExportMarkets = 50;
    public const int Contacts = 10;
    public const int Unit = 20;

    /// <summary>No capacity a town's enterprise states comes near it; it keeps decimal(18,2)-sized figures out.</summary>
    public const decimal MaxCapacityAmount = 1_000_000_000_000m;

    /// <summary>The earliest plausible founding year (the oldest firms the towns name are 19th-century).</summary>
    public const int EarliestFoundedYear = 1800;
}
