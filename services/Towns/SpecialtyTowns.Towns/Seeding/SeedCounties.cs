namespace SpecialtyTowns.Towns.Seeding;

/// <summary>
/// Counties of seed towns the seed file gives neither a city nor a county for, each with its
/// source; the city then comes from the county like any other's. Only towns whose place is
/// certain are here.
/// </summary>
public static class SeedCounties
{
    /// <summary>
    /// 杏花村汾酒专业镇: seeds/000_c8ebae3fd5858645.txt names the town (杏花村汾酒, a provincial
    /// specialty town) but not its county. 杏花村 is 杏花村镇 of 汾阳市 (Lüliang), the home of
    /// 汾酒 (Shanxi Xinghuacun Fenjiu): the town is named after that place, so its county is 汾阳.
    /// </summary>
    private static readonly Dictionary<string, string> ByTown = new(StringComparer.Ordinal)
    {
        ["杏花村汾酒专业镇"] = "汾阳市 Fenyang",
    };

    public static string? Of(string townName) => ByTown.GetValueOrDefault(townName.Trim());
}
