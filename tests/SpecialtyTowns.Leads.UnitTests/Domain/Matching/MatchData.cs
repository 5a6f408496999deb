using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

/// <summary>Rows for the match index: generated noise, and a planted pair that fits on every feature.</summary>
internal static class MatchData
{
    public const long Wan = 1_000_000; // 1万元 in fen

    public static readonly DateTimeOffset At = new(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(8));

    private static readonly string[] NoiseIndustries = ["A01", "B06", "C13", "C15", "C26", "C30", "D44", "E47", "G54", "I65", "M73"];

    private static readonly string[] NoiseWords = ["酿酒", "煤炭", "陶瓷", "物流", "旅游", "小米", "醋业", "玻璃", "铝材", "光伏", "数据"];

    private static readonly string[] Cities = ["太原市", "大同市", "朔州市", "晋中市", "运城市"];

    private static readonly string[] Modes = ["equity", "lease", "epc", "ppp"];

    public static MatchingOptions Options() => new()
    {
        InvestorWeights = new() { ["industry"] = 3, ["chain-position"] = 1, ["ticket"] = 2, ["region"] = 1.5, ["cooperation"] = 1, ["land"] = 1, ["language"] = 0.5, ["text"] = 2 },
        TownWeights = new() { ["industry"] = 3, ["chain-position"] = 1.5, ["ticket"] = 2, ["region"] = 1, ["cooperation"] = 1, ["land"] = 0.5, ["language"] = 1, ["text"] = 1.5, ["completeness"] = 1.5 },
        ReasonsPerSide = 9,
    };

    public static TownDirectoryEntry Town(string name, string city) =>
        TownDirectoryEntry.Registered(Guid.NewGuid(), name, "法兰", "specialty-manufacturing", city, At, At);

    public static InvestorOrganisation Organisation(OrganisationProfile profile) => InvestorOrganisation.Register(profile, At);

    public static OrganisationProfile PlantedProfile(string name) => new()
    {
        Name = name,
        NameEn = "Planted Flange Co",
        Type = OrganisationType.Company,
        IndustriesSought = ["C33"],
        ChainPositionsSought = ["midstream"],
        TicketMinFen = 5_000 * Wan,
        TicketMaxFen = 20_000 * Wan,
        CooperationModes = ["joint-venture"],
        PreferredRegions = ["忻州"],
        LandNeededSquareMetres = 80 * 666.67m,
        Languages = ["zh", "en"],
        Keywords = ["法兰", "锻造"],
        Description = "专注风电法兰锻造与精密加工",
        ConsentToContact = true,
        UnifiedSocialCreditCode = "91140000MA0000000X",
        HeadquartersProvince = "山西",
        ContactName = "张三",
    };

    public static ProjectEntry PlantedProject(Guid townId) =>
        ProjectEntry.From(Guid.NewGuid(), townId, "风电法兰精密锻造生产线", "published", "C33", 8_000 * Wan, 15_000 * Wan, At)
            .WithContent("Precision flange forging line", "新建法兰锻造与数控加工生产线", null, ["joint-venture", "equity"], 120 * 666.67m);

    public static ProjectEntry Project(Guid townId, string status, string industry, long min, long max, string title) =>
        ProjectEntry.From(Guid.NewGuid(), townId, title, status, industry, min, max, At);

    /// <summary>Random organisations and projects that share nothing specific with the planted pair.</summary>
    public static (List<InvestorOrganisation> Organisations, List<ProjectEntry> Projects) Noise(Random random, IReadOnlyList<Guid> towns, int organisations, int projects)
    {
        var orgs = Enumerable.Range(0, organisations).Select(i => Organisation(new OrganisationProfile
        {
            Name = $"噪声投资{i}",
            IndustriesSought = [Pick(random, NoiseIndustries)],
            TicketMinFen = random.Next(1, 50) * 100 * Wan,
            TicketMaxFen = random.Next(50, 500) * 100 * Wan,
            CooperationModes = [Pick(random, Modes)],
            PreferredRegions = [Pick(random, Cities)],
            Languages = random.Next(2) == 0 ? ["zh"] : ["en"],
            Keywords = [Pick(random, NoiseWords)],
            ConsentToContact = true,
        })).ToList();
        var list = Enumerable.Range(0, projects).Select(i =>
        {
            var min = random.Next(1, 100) * 100 * Wan;
            return Project(Pick(random, towns), "published", Pick(random, NoiseIndustries), min, min + (random.Next(1, 100) * 100 * Wan), $"{Pick(random, NoiseWords)}项目{i}")
                .WithContent(null, $"{Pick(random, NoiseWords)}{Pick(random, NoiseWords)}", null, [Pick(random, Modes)], random.Next(10, 200) * 666.67m);
        }).ToList();
        return (orgs, list);
    }

    public static MatchEngine Engine(MatchIndex index) => new(index, Options());

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
