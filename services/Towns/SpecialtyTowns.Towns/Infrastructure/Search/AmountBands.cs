using SpecialtyTowns.Towns.Application.Search;
namespace SpecialtyTowns.Towns.Infrastructure.Search;

/// <summary>
/// Fixed investment bands. A document falls in the band of its upper bound
/// (<see cref="SearchDocument.AmountMaxFen"/>), the most the project could bring; where only the
/// lower bound is known, that is used. Documents without an amount are in no band.
/// </summary>
public static class AmountBands
{
    /// <summary>Below 10 million CNY.</summary>
    public const string Below10M = "<10m";

    /// <summary>10 million CNY up to, not including, 100 million.</summary>
    public const string From10MTo100M = "10m-100m";

    /// <summary>100 million CNY up to, not including, 1 billion.</summary>
    public const string From100MTo1B = "100m-1b";

    /// <summary>1 billion CNY and more.</summary>
    public const string From1B = ">=1b";

    public const long TenMillionCnyInFen = 10_000_000L * 100;
    public const long HundredMillionCnyInFen = 100_000_000L * 100;
    public const long OneBillionCnyInFen = 1_000_000_000L * 100;

    public static IReadOnlyList<string> All { get; } = [Below10M, From10MTo100M, From100MTo1B, From1B];

    /// <summary>The amount a document is banded and sorted by, or null when it has none.</summary>
    public static long? BandingAmount(long? minFen, long? maxFen) => maxFen ?? minFen;

    public static string? Of(long? minFen, long? maxFen) => BandingAmount(minFen, maxFen) switch
    {
        null => null,
        < TenMillionCnyInFen => Below10M,
        < HundredMillionCnyInFen => From10MTo100M,
        < OneBillionCnyInFen => From100MTo1B,
        _ => From1B,
    };
}
