namespace SpecialtyTowns.Leads.Domain.Investors;

/// <summary>Sizes of a profile's values (the columns hold exactly these).</summary>
public static class InvestorLimits
{
    public const int Name = 200;
    public const int Province = 40;
    public const int City = 60;
    public const int Description = 4000;
    public const int ContactName = 100;
    public const int ContactPhone = 40;
    public const int ContactEmail = 200;
    public const int Industries = 10;
    public const int Regions = 20;
    public const int Region = 40;
    public const int Languages = 10;
    public const int Language = 35;
    public const int Keywords = 20;
    public const int Keyword = 30;

    /// <summary>One trillion yuan, as for projects: beyond any plausible ticket.</summary>
    public const long MaxTicketFen = 100_000_000_000_000;

    /// <summary>What numeric(14,2) holds.</summary>
    public const decimal MaxLandSquareMetres = 999_999_999_999.99m;
}
