using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Bench.Data;

/// <summary>
/// SYNTHETIC DATA. Made-up enterprises and chain gaps spread over given towns, for matching tests and benchmarks only:
/// every name ends in "（合成）" / "(synthetic)", and products, capacities and volumes are invented. The same towns,
/// count and seed always give the same data.
/// </summary>
public static class SyntheticEnterpriseGenerator
{
    public const int DefaultSeed = 20261130;

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    private static readonly string[] Syllables = ["鑫", "华", "泰", "恒", "盛", "隆", "宏", "达", "兴", "源", "晋", "通", "瑞", "丰", "祥", "宝", "利", "昌", "德", "鼎"];

    private static readonly string[] Romanized = ["Xin", "Hua", "Tai", "Heng", "Sheng", "Long", "Hong", "Da", "Xing", "Yuan", "Jin", "Tong", "Rui", "Feng", "Xiang", "Bao", "Li", "Chang", "De", "Ding"];

    public static IEnumerable<Enterprise> Enterprises(IReadOnlyList<Guid> townIds, int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var industry = SyntheticIndustries.All[random.Next(SyntheticIndustries.All.Count)];
            var products = Pick(random, industry.Products, 1 + random.Next(3));
            var (a, b) = (random.Next(Syllables.Length), random.Next(Syllables.Length));
            var main = products[0];
            var profile = new EnterpriseProfile(
                $"{Syllables[a]}{Syllables[b]}{main.Zh}有限公司{i:D6}（合成）",
                $"{Romanized[a]}{Romanized[b].ToLowerInvariant()} {Title(main.En)} Co., Ltd. {i:D6} (synthetic)",
                null,
                industry.Code,
                [.. products.Select(p => p.Zh), .. products.Select(p => p.En)],
                Pick(random, industry.Certifications, random.Next(3)),
                [.. products.Take(1).Select(p => new Capacity(p.Zh, (1 + random.Next(200)) * 100m, industry.Unit))],
                [.. Pick(random, industry.Equipment, random.Next(3)).Select(e => e.Zh)],
                null, null, null,
                random.Next(40) == 0,
                [],
                null,
                $"合成数据：生产{string.Join("、", products.Select(p => p.Zh))}。",
                $"Synthetic data: makes {string.Join(", ", products.Select(p => p.En + "s"))}.",
                [],
                "synthetic");
            yield return Enterprise.Register(townIds[random.Next(townIds.Count)], profile, Start.AddMinutes(i));
        }
    }

    public static IEnumerable<ChainGap> Gaps(IReadOnlyList<Guid> townIds, int count, int seed = DefaultSeed)
    {
        var random = new Random(seed + 1);
        for (var i = 0; i < count; i++)
        {
            var industry = SyntheticIndustries.All[random.Next(SyntheticIndustries.All.Count)];
            var (zh, en) = industry.Products[random.Next(industry.Products.Length)];
            var content = new ChainGapContent(
                $"寻求{zh}配套{i:D5}（合成）",
                $"Seeking {en} supply {i:D5} (synthetic)",
                null,
                GapKind.Product,
                $"合成数据：本地链条缺少{zh}，寻求外地企业配套。",
                $"Synthetic data: the local chain lacks {en}s.",
                random.Next(2) == 0 ? $"需{industry.Certifications[0]}认证" : null,
                (1 + random.Next(100)) * 100m,
                industry.Unit,
                null, null, null,
                industry.Code,
                [zh, en]);
            var gap = ChainGap.Post(townIds[random.Next(townIds.Count)], null, content, "synthetic", Start.AddMinutes(i));
            yield return gap;
        }
    }

    private static T[] Pick<T>(Random random, T[] from, int count) =>
        [.. from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Length))];

    private static string Title(string words) => string.Join(' ', words.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
