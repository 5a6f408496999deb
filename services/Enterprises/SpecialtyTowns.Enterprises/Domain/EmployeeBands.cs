namespace SpecialtyTowns.Enterprises.Domain;

/// <summary>
/// Employee count (从业人员) bands: the NBS thresholds for industrial enterprises (统计上大中小微型企业划分办法,
/// 2017): micro under 20, small 20-299, medium 300-999, large 1000 or more.
/// </summary>
public static class EmployeeBands
{
    public const string Under20 = "under-20";
    public const string From20To300 = "20-300";
    public const string From300To1000 = "300-1000";
    public const string Over1000 = "over-1000";

    /// <summary>The keys, smallest first.</summary>
    public static readonly IReadOnlyList<string> All = [Under20, From20To300, From300To1000, Over1000];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key);
}
