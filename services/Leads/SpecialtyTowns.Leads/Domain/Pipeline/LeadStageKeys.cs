namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>The stages' wire names (kebab-case, as every API and event spells them) and their Chinese names.</summary>
public static class LeadStageKeys
{
    private static readonly Dictionary<LeadStage, (string Key, string Chinese, string English)> Names = new()
    {
        [LeadStage.Lead] = ("lead", "线索", "Lead"),
        [LeadStage.Contacted] = ("contacted", "接洽", "Contacted"),
        [LeadStage.SiteVisit] = ("site-visit", "考察", "Site visit"),
        [LeadStage.Negotiating] = ("negotiating", "谈判", "Negotiating"),
        [LeadStage.Signed] = ("signed", "签约", "Signed"),
        [LeadStage.Registered] = ("registered", "注册", "Registered"),
        [LeadStage.ConstructionStarted] = ("construction-started", "开工", "Construction started"),
        [LeadStage.InProduction] = ("in-production", "投产", "In production"),
        [LeadStage.Lost] = ("lost", "流失", "Lost"),
    };

    private static readonly Dictionary<string, LeadStage> ByKey = Names.ToDictionary(n => n.Value.Key, n => n.Key, StringComparer.Ordinal);

    /// <summary>The funnel's stages in order, without Lost.</summary>
    public static IReadOnlyList<LeadStage> Funnel { get; } = [.. Names.Keys.Where(s => s != LeadStage.Lost).OrderBy(s => (int)s)];

    public static IReadOnlyList<string> All { get; } = [.. Names.Values.Select(n => n.Key)];

    public static string Of(LeadStage stage) => Names[stage].Key;

    public static string ChineseOf(LeadStage stage) => Names[stage].Chinese;

    public static string EnglishOf(LeadStage stage) => Names[stage].English;

    public static bool TryParse(string? key, out LeadStage stage) => ByKey.TryGetValue(key ?? string.Empty, out stage);
}
