using System.Text.RegularExpressions;
using SpecialtyTowns.Towns.Application.Search;
using SpecialtyTowns.Towns.Infrastructure.Search;

namespace SpecialtyTowns.Bench.Data;

/// <summary>
/// SYNTHETIC DATA. Made-up investment projects placed in real towns, for scale tests and
/// benchmarks only: titles, amounts, partners and dates are invented. The same towns, count
/// and seed always give the same projects.
/// </summary>
public static partial class SyntheticProjectGenerator
{
    public const int DefaultSeed = 20230628;

    private static readonly string[] Modes = ["equity", "joint-venture", "sole-ownership", "lease", "epc", "ppp"];

    private static readonly Dictionary<string, string> ModeNames = new(StringComparer.Ordinal)
    {
        ["equity"] = "股权合作",
        ["joint-venture"] = "合资",
        ["sole-ownership"] = "独资",
        ["lease"] = "租赁",
        ["epc"] = "EPC总承包",
        ["ppp"] = "PPP",
    };

    // Plausible GB/T 4754-2017 divisions for the seed towns' industries.
    private static readonly Dictionary<string, string> IndustryCodes = new(StringComparer.Ordinal)
    {
        ["汾酒"] = "C15",
        ["法兰"] = "C33",
        ["玛钢"] = "C33",
        ["人工吹制玻璃器皿"] = "C30",
        ["日用瓷器"] = "C30",
        ["医药"] = "C27",
        ["氢能"] = "D45",
        ["老陈醋"] = "C146",
        ["黄花"] = "A01",
        ["花卉"] = "A01",
        ["碳基材料"] = "C30",
        ["精密铸造"] = "C339",
        ["山楂红酒"] = "C15",
        ["潞绸"] = "C17",
        ["生猪"] = "A03",
        ["黄梨"] = "A01",
        ["陶瓷琉璃"] = "C30",
        ["蚕桑"] = "A03",
        ["中药材康养"] = "A01",
        ["黑山羊"] = "A03",
        ["蜂蜜"] = "A03",
    };

    private static readonly Dictionary<string, (string Zh, string En)[]> ProjectTypes = new(StringComparer.Ordinal)
    {
        [TownCategories.AdvancedManufacturing] =
        [
            ("智能化改造", "smart manufacturing upgrade"),
            ("扩能", "capacity expansion"),
            ("研发中心", "research and development centre"),
            ("产业园", "industrial park"),
            ("检测中心", "testing centre"),
            ("精深加工", "deep processing"),
        ],
        [TownCategories.SpecialtyLightIndustry] =
        [
            ("品牌营销中心", "brand and marketing centre"),
            ("扩产", "production expansion"),
            ("文创园", "creative industry park"),
            ("电商物流中心", "e-commerce logistics centre"),
            ("技术改造", "technical upgrade"),
        ],
        [TownCategories.SpecialtyAgriculture] =
        [
            ("标准化生产基地", "standardised production base"),
            ("冷链仓储", "cold-chain storage"),
            ("精深加工", "deep processing"),
            ("农旅融合", "agritourism"),
            ("良种繁育中心", "breeding centre"),
        ],
    };

    private static readonly string[] Benefits =
    [
        "建成后预计新增就业岗位{0}个",
        "达产后预计年产值{0}亿元",
        "可带动周边农户{0}户增收",
        "预计年纳税{0}千万元",
    ];

    private static readonly DateTimeOffset Start = new(2022, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));

    /// <param name="towns">Town documents (as from the seed); projects take their place, level and category.</param>
    public static IReadOnlyList<SearchDocument> Generate(IReadOnlyList<SearchDocument> towns, int count, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(towns);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (towns.Count == 0)
        {
            throw new ArgumentException("At least one town is needed.", nameof(towns));
        }

        var random = new Random(seed);
        var projects = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            projects.Add(Project(random, towns[random.Next(towns.Count)]));
        }

        return projects;
    }

    private static SearchDocument Project(Random random, SearchDocument town)
    {
        var keyword = town.Keywords.Count > 0 ? town.Keywords[0] : town.Title;
        var industryZh = LeadingHan(keyword) ?? town.Title;
        var industryEn = keyword.Contains(' ', StringComparison.Ordinal) ? keyword[(keyword.IndexOf(' ', StringComparison.Ordinal) + 1)..] : null;
        var placeZh = LeadingHan(town.County ?? town.City ?? "") ?? "";
        var placeEn = LatinPart(town.County ?? town.City ?? "");
        var types = ProjectTypes[town.Category];
        var (typeZh, typeEn) = types[random.Next(types.Length)];
        var phase = random.Next(4) == 0 ? "（二期）" : "";
        var title = $"{placeZh}{industryZh}{typeZh}项目{phase}";
        var (min, max) = Amount(random);
        var modes = Modes.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
        var benefit = string.Format(
            System.Globalization.CultureInfo.InvariantCulture, Benefits[random.Next(Benefits.Length)], 10 + random.Next(990));
        var text = $"{title}位于{town.TownName}，依托{industryZh}产业基础，建设{typeZh}，{benefit}。"
            + $"计划总投资{AmountText(min, max)}，合作方式：{string.Join("、", modes.Select(m => ModeNames[m]))}。";
        var english = industryEn is not null && random.Next(10) < 6;
        var titleEn = english ? $"{placeEn} {industryEn} {typeEn} project".Trim() : null;
        var textEn = english && random.Next(2) == 0
            ? $"A {typeEn} for the {industryEn} industry of {town.TownName}; cooperation by {string.Join(", ", modes)}."
            : null;

        return new SearchDocument
        {
            Id = NextGuid(random),
            Kind = SearchKinds.Project,
            Title = title,
            TitleEn = titleEn,
            Text = text,
            TextEn = textEn,
            TownId = town.TownId,
            TownName = town.TownName,
            City = town.City,
            County = town.County,
            Level = town.Level,
            Category = town.Category,
            Industry = IndustryCodes.GetValueOrDefault(industryZh, town.Category == TownCategories.SpecialtyAgriculture ? "A" : "C"),
            AmountMinFen = min,
            AmountMaxFen = max,
            CooperationModes = modes,
            Status = Status(random),
            PublishedAt = Start.AddMinutes(random.Next(60 * 24 * 600)),
        };
    }

    /// <summary>Whole 10,000-CNY amounts over all four bands; some projects state only a minimum, a few none.</summary>
    private static (long? Min, long? Max) Amount(Random random)
    {
        const long wan = 10_000L * 100;
        var roll = random.Next(100);
        if (roll < 5)
        {
            return (null, null);
        }

        var (low, high) = random.Next(100) switch
        {
            < 30 => (100L, 1_000L),
            < 65 => (1_000L, 10_000L),
            < 90 => (10_000L, 100_000L),
            _ => (100_000L, 500_000L),
        };
        var max = random.NextInt64(low, high) * wan;
        var min = max / wan * (50 + random.Next(51)) / 100 * wan;
        return roll < 15 ? (Math.Max(min, low * wan), null) : (min, max);
    }

    private static string AmountText(long? min, long? max)
    {
        static string Format(long fen) => fen >= 100_000_000L * 100
            ? $"{fen / (100_000_000m * 100):0.##}亿元"
            : $"{fen / (10_000L * 100)}万元";

        return (min, max) switch
        {
            (null, null) => "待定",
            (not null, null) => $"不低于{Format(min.Value)}",
            (null, not null) => $"不超过{Format(max.Value)}",
            _ => $"{Format(min!.Value)}至{Format(max!.Value)}",
        };
    }

    private static string Status(Random random) => random.Next(100) switch
    {
        < 50 => ProjectStatuses.Published,
        < 75 => ProjectStatuses.Negotiating,
        < 90 => ProjectStatuses.Signed,
        _ => ProjectStatuses.Landed,
    };

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string? LeadingHan(string text)
    {
        var match = HanRun().Match(text);
        return match.Success ? match.Value : null;
    }

    private static string LatinPart(string text) => string.Concat(text.Where(c => c < 0x2E80)).Trim();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+", RegexOptions.CultureInvariant)]
    private static partial Regex HanRun();
}
