namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>
/// Yearly revenue (营业收入) bands, in yuan. 20m and 400m are the thresholds of the NBS
/// classification of industrial enterprises (统计上大中小微型企业划分办法, 2017) between small,
/// medium and large; the others split the ends for the towns' many small firms and few giants.
/// </summary>
public static class RevenueBands
{
    public const string Under5M = "under-5m";
    public const string From5MTo20M = "5m-20m";
    public const string From20MTo100M = "20m-100m";
    public const string From100MTo400M = "100m-400m";
    public const string From400MTo2B = "400m-2b";
    public const string Over2B = "over-2b";

    /// <summary>The keys, smallest first.</summary>
    public static readonly IReadOnlyList<string> All = [Under5M, From5MTo20M, From20MTo100M, From100MTo400M, From400MTo2B, Over2B];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key);
}
