using System.Globalization;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>The zh and en text of each feature's reason, naming the data of both sides that made it score.</summary>
public static class MatchReasonTexts
{
    private const double SquareMetresPerMu = 10000.0 / 15;

    private static readonly Dictionary<string, (string Zh, string En)> Modes = new()
    {
        ["equity"] = ("股权投资", "equity investment"),
        ["joint-venture"] = ("合资", "joint venture"),
        ["sole-ownership"] = ("独资", "sole ownership"),
        ["lease"] = ("租赁", "lease"),
        ["epc"] = ("EPC 总承包", "EPC"),
        ["ppp"] = ("PPP", "PPP"),
        ["cooperation"] = ("合作经营", "cooperation"),
        ["technology-licensing"] = ("技术许可", "technology licensing"),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Positions = new()
    {
        ["upstream"] = ("上游", "upstream"),
        ["midstream"] = ("中游", "midstream"),
        ["downstream"] = ("下游", "downstream"),
    };

    public static (string Zh, string En) Of(int feature, MatchOrganisation organisation, MatchOffer offer, double x, IReadOnlyList<string> sharedTerms) => feature switch
    {
        FeatureIndex.Industry => Industry(organisation, offer),
        FeatureIndex.ChainPosition => ChainPosition(organisation, offer),
        FeatureIndex.Ticket => Ticket(organisation, offer, x),
        FeatureIndex.Region => Region(organisation, offer),
        FeatureIndex.Cooperation => Cooperation(organisation, offer),
        FeatureIndex.Land => Land(organisation, offer),
        FeatureIndex.Language => organisation.SpeaksChinese
            ? ("可用中文沟通", "Can talk in Chinese")
            : ("有英文资料，可用英文沟通", "English material available for an English-speaking investor"),
        FeatureIndex.Text => ($"共同关键词：{string.Join("、", sharedTerms)}", $"Shared keywords: {string.Join(", ", sharedTerms)}"),
        _ => ($"投资方资料完整度 {organisation.Completeness * 100:0}%", $"Investor profile {organisation.Completeness * 100:0}% complete"),
    };

    /// <summary>"5,000万" / "CNY 50m": an amount in fen as towns and investors say it.</summary>
    public static (string Zh, string En) Money(long fen)
    {
        var yuan = fen / 100m;
        var zh = yuan >= 100_000_000m
            ? (yuan / 100_000_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + "亿"
            : (yuan / 10_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + "万";
        var en = "CNY " + (yuan / 1_000_000m).ToString("#,0.##", CultureInfo.InvariantCulture) + "m";
        return (zh, en);
    }

    private static (string, string) Industry(MatchOrganisation organisation, MatchOffer offer)
    {
        MatchFeatureValues.Industry(organisation.Profile.IndustriesSought, offer.IndustryCodes, out var best);
        var (sought, code) = best!.Value;
        if (code.StartsWith(sought, StringComparison.Ordinal))
        {
            return ($"行业匹配：{IndustryTaxonomy.NameOf(code, false)}（{code}）", $"Industry match: {IndustryTaxonomy.NameOf(code, true)} ({code})");
        }

        var section = IndustryTaxonomy.SectionOf(code);
        return (
            $"同属行业门类：{IndustryTaxonomy.NameOf(section, false)}（{code} / 所寻 {sought}）",
            $"Same industry section: {IndustryTaxonomy.NameOf(section, true)} ({code}; sought {sought})");
    }

    private static (string, string) ChainPosition(MatchOrganisation organisation, MatchOffer offer)
    {
        var shared = MatchKeys.PositionsOf(organisation.PositionMask & offer.PositionMask).ToList();
        var nodes = offer.NodeNames.Count > 0 ? string.Join("、", offer.NodeNames.Take(3)) : string.Empty;
        var zh = string.Join("、", shared.Select(p => Positions[p].Zh));
        var en = string.Join(", ", shared.Select(p => Positions[p].En));
        return nodes.Length > 0
            ? ($"产业链环节匹配：{zh}（{nodes}）", $"Chain position match: {en} ({nodes})")
            : ($"产业链环节匹配：{zh}", $"Chain position match: {en}");
    }

    private static (string, string) Ticket(MatchOrganisation organisation, MatchOffer offer, double x)
    {
        var p = organisation.Profile;
        var ticketZh = p.TicketMinFen is { } a && p.TicketMaxFen is { } b ? $"{Money(a).Zh}–{Money(b).Zh}元"
            : p.TicketMinFen is { } a2 ? $"{Money(a2).Zh}元以上" : $"{Money(p.TicketMaxFen!.Value).Zh}元以内";
        var ticketEn = p.TicketMinFen is { } c && p.TicketMaxFen is { } d ? $"{Money(c).En}–{Money(d).En}"
            : p.TicketMinFen is { } c2 ? $"from {Money(c2).En}" : $"up to {Money(p.TicketMaxFen!.Value).En}";
        var min = offer.Ranges.Min(r => r.Min);
        var max = offer.Ranges.Max(r => r.Max);
        var rangeZh = min == max ? $"{Money(min).Zh}元" : $"{Money(min).Zh}–{Money(max).Zh}元";
        var rangeEn = min == max ? Money(min).En : $"{Money(min).En}–{Money(max).En}";
        return x >= 1
            ? ($"投资额 {ticketZh} 覆盖项目区间 {rangeZh}", $"Ticket {ticketEn} covers the project range {rangeEn}")
            : ($"投资额 {ticketZh} 覆盖项目区间 {rangeZh} 的 {x * 100:0}%", $"Ticket {ticketEn} covers {x * 100:0}% of the project range {rangeEn}");
    }

    private static (string, string) Region(MatchOrganisation organisation, MatchOffer offer)
    {
        var region = MatchFeatureValues.Region(organisation, offer)!;
        // A town's city reads "大同 Datong": each language gets its own name.
        var (zh, en) = offer.City is { Length: > 0 } city ? PlaceNames.Split(city) : (MatchKeys.Province, "Shanxi");
        return ($"偏好地区：{region}（项目位于{zh}）", $"Preferred region: {region} (the offer is in {en})");
    }

    private static (string, string) Cooperation(MatchOrganisation organisation, MatchOffer offer)
    {
        var shared = organisation.Profile.CooperationModes.Where(offer.CooperationModes.Contains).ToList();
        var zh = string.Join("、", shared.Select(m => Modes.TryGetValue(m, out var n) ? n.Zh : m));
        var en = string.Join(", ", shared.Select(m => Modes.TryGetValue(m, out var n) ? n.En : m));
        return ($"合作方式一致：{zh}", $"Cooperation mode in common: {en}");
    }

    private static (string, string) Land(MatchOrganisation organisation, MatchOffer offer)
    {
        var available = offer.LandSquareMetres / SquareMetresPerMu;
        var needed = (double)organisation.Profile.LandNeededSquareMetres!.Value / SquareMetresPerMu;
        return available >= needed
            ? ($"用地 {available:0.#} 亩 ≥ 需求 {needed:0.#} 亩", $"Land {available:0.#} mu ≥ {needed:0.#} mu needed")
            : ($"用地 {available:0.#} 亩，需求 {needed:0.#} 亩（满足 {available / needed * 100:0}%）", $"Land {available:0.#} mu of {needed:0.#} mu needed ({available / needed * 100:0}%)");
    }
}
