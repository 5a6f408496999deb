using SpecialtyTowns.Enterprises.Domain.Gaps;

namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>
/// "Who could fill this gap": scores an enterprise against a gap on named features (<see cref="MatchReasonKinds"/>),
/// each adding its <see cref="MatchingWeights"/> weight times how well it matched, and ranks candidates. Only
/// enterprises of other towns fill a gap, only gaps still open (open or in talks) are offered, and a candidate needs
/// a product, capability, capacity or text reason: a shared industry alone is no fit.
/// </summary>
public sealed class GapMatcher(MatchingWeights weights)
{
    /// <summary>Enterprises of other towns that could fill <paramref name="gap"/>, best first.</summary>
    public IReadOnlyList<GapFit> RankFillers(GapNeed gap, IEnumerable<EnterpriseOffer> candidates, int max)
    {
        var terms = new GapTerms(gap);
        return Rank(candidates.Where(c => c.TownId != gap.TownId).Select(c => Fit(terms, new OfferTerms(c))), max);
    }

    /// <summary>Still-open gaps of other towns <paramref name="enterprise"/> could fill, best first.</summary>
    public IReadOnlyList<GapFit> RankGaps(EnterpriseOffer enterprise, IEnumerable<(GapNeed Gap, GapStatus Status)> candidates, int max)
    {
        var terms = new OfferTerms(enterprise);
        return Rank(candidates.Where(c => c.Gap.TownId != enterprise.TownId && IsStillOpen(c.Status)).Select(c => Fit(new GapTerms(c.Gap), terms)), max);
    }

    public static bool IsStillOpen(GapStatus status) => status is GapStatus.Open or GapStatus.InTalks;

    /// <summary>The fit of one enterprise to one gap, or null when nothing but (at most) the industry matches.</summary>
    public GapFit? Fit(GapNeed gap, EnterpriseOffer enterprise) => Fit(new GapTerms(gap), new OfferTerms(enterprise));

    /// <summary><see cref="Fit(GapNeed, EnterpriseOffer)"/> on phrases tokenised once for the whole ranking.</summary>
    public GapFit? Fit(GapTerms gap, OfferTerms enterprise)
    {
        var reasons = new List<MatchReason>();
        AddIfAny(reasons, MatchFeatures.Product(gap, enterprise, weights));
        AddIfAny(reasons, MatchFeatures.Capability(gap, enterprise, weights));
        AddIfAny(reasons, MatchFeatures.Capacity(gap, enterprise, weights));
        AddIfAny(reasons, MatchFeatures.Text(gap, enterprise, weights));
        if (reasons.Count == 0)
        {
            return null;
        }

        AddIfAny(reasons, MatchFeatures.Industry(gap.Gap, enterprise.Enterprise, weights));
        return new GapFit(gap.Gap, enterprise.Enterprise, Math.Round(reasons.Sum(r => r.Weight), 4), reasons);
    }

    private static IReadOnlyList<GapFit> Rank(IEnumerable<GapFit?> fits, int max) =>
        [.. fits.OfType<GapFit>()
            .OrderByDescending(f => f.Score)
            .ThenByDescending(f => f.Enterprise.Leading)
            .ThenBy(f => f.Enterprise.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Gap.Title, StringComparer.Ordinal)
            .Take(max)];

    private static void AddIfAny(List<MatchReason> reasons, MatchReason? reason)
    {
        if (reason is not null && reason.Weight > 0)
        {
            reasons.Add(reason);
        }
    }
}
