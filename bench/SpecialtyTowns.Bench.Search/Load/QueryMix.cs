extern alias towns;

using towns::SpecialtyTowns.Towns.Application.Search;
using towns::SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Bench.Search.Load;

/// <summary>
/// A fixed, seeded list of what investors type: Chinese words of the synthetic projects'
/// vocabulary (industries, project types), English words, both mixed, a few words that
/// match little or nothing (光伏: no seed town makes solar panels); a third with a category,
/// industry or amount-band filter; pages 1 to 3 of 20.
/// </summary>
internal static class QueryMix
{
    private static readonly string[] Chinese =
    [
        "法兰", "铸造", "精密铸造", "玻璃", "玻璃器皿", "医药", "氢能", "陈醋", "老陈醋", "黄花", "花卉", "碳基材料",
        "山楂红酒", "潞绸", "生猪", "黄梨", "陶瓷", "琉璃", "蚕桑", "中药材", "黑山羊", "蜂蜜", "汾酒", "玛钢",
        "智能化改造", "研发中心", "产业园", "检测中心", "精深加工", "冷链仓储", "电商物流", "农旅融合", "文创园", "扩能",
        "法兰 扩能", "玻璃 研发中心", "铸造 产业园", "医药 检测中心", "蜂蜜 冷链", "法兰项目", "二期", "光伏", "光伏 产业园",
    ];

    private static readonly string[] English =
    [
        "flange", "flanges", "glassware", "casting", "precision casting", "pharmaceuticals", "hydrogen", "vinegar", "ceramics",
        "honey", "daylily", "flowers", "carbon", "silk", "hogs", "pears", "goats", "sericulture", "industrial park",
        "deep processing", "cold-chain storage", "capacity expansion", "testing centre", "solar",
    ];

    private static readonly string[] Mixed =
    [
        "法兰 flange", "玻璃 glassware", "铸造 casting", "医药 research", "氢能 hydrogen", "陈醋 vinegar", "蜂蜜 honey",
        "法兰 industrial park", "光伏 solar", "陶瓷 ceramics",
    ];

    private static readonly string[] Industries = ["C", "C33", "C30", "C27", "C15", "A", "A01", "A03", "D45"];

    public static IReadOnlyList<BenchQuery> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var queries = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var text = random.Next(100) switch
            {
                < 55 => Pick(random, Chinese),
                < 80 => Pick(random, English),
                _ => Pick(random, Mixed),
            };
            var filter = random.Next(100);
            var page = random.Next(100) switch
            {
                < 70 => 1,
                < 90 => 2,
                _ => 3,
            };
            queries.Add(new BenchQuery(
                text,
                filter is >= 67 and < 78 ? Pick(random, TownCategories.All) : null,
                filter is >= 78 and < 89 ? Pick(random, Industries) : null,
                filter >= 89 ? Pick(random, AmountBands.All) : null,
                page,
                PageSize: 20));
        }

        return queries;
    }

    /// <summary>
    /// The order requests take queries in: drawn uniformly from the pool with the seed, so a
    /// query comes back at random intervals (as in real traffic), not every pool-length requests.
    /// </summary>
    public static int[] Order(int seed, int poolSize, int length)
    {
        var random = new Random(unchecked(seed * 31 + 17));
        return Enumerable.Range(0, length).Select(_ => random.Next(poolSize)).ToArray();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
