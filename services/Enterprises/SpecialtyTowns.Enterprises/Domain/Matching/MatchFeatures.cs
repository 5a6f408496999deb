using System.Globalization;
using SpecialtyTowns.SharedKernel.Industries;

namespace SpecialtyTowns.Enterprises.Domain.Matching;

/// <summary>
/// The scored features, one method each: how well (0 to 1) the enterprise's data meets the gap's, as a
/// <see cref="MatchReason"/> whose weight is the feature's weight times that strength; null when nothing matched.
/// </summary>
public static class MatchFeatures
{
    public static MatchReason? Product(GapTerms gap, OfferTerms enterprise, MatchingWeights weights)
    {
        var best = Best(enterprise.Products, gap.Sought, weights.MinimumOverlap);
        return best is not { } b ? null : new MatchReason(
            MatchReasonKinds.Product,
            b.Offered,
            b.Sought,
            $"产品“{b.Offered}”对应缺口所需的“{b.Sought}”",
            $"Makes “{b.Offered}”, which the gap seeks as “{b.Sought}”",
            Round(weights.Product * b.Strength));
    }

    public static MatchReason? Capability(GapTerms gap, OfferTerms enterprise, MatchingWeights weights)
    {
        var best = Best(enterprise.Capabilities, gap.Requirements, weights.MinimumOverlap, offeredInSought: true);
        return best is not { } b ? null : new MatchReason(
            MatchReasonKinds.Capability,
            b.Offered,
            GapWords.Quote(b.Sought),
            $"具备“{b.Offered}”，符合缺口要求（“{GapWords.Quote(b.Sought)}”）",
            $"Has “{b.Offered}”, as the gap asks (“{GapWords.Quote(b.Sought)}”)",
            Round(weights.Capability * b.Strength));
    }

    /// <summary>
    /// A capacity of a product the gap seeks: in the gap's unit, it covers the yearly volume in proportion (all of it
    /// scores 1); in another unit, or where the gap gives no volume, knowing the capacity counts a quarter.
    /// </summary>
    public static MatchReason? Capacity(GapTerms terms, OfferTerms enterprise, MatchingWeights weights)
    {
        var gap = terms.Gap;
        var matching = enterprise.Capacities
            .Select(c => (c.Capacity, Match: Best(c.Product, terms.Sought, weights.MinimumOverlap)))
            .Where(m => m.Match is not null)
            .Select(m => (m.Capacity, Match: m.Match!.Value, Cover: Cover(m.Capacity, gap)))
            .OrderByDescending(m => m.Cover)
            .FirstOrDefault();
        if (matching.Capacity is null)
        {
            return null;
        }

        var (capacity, match, cover) = matching;
        var amount = capacity.Amount.ToString("0.###", CultureInfo.InvariantCulture);
        var offered = $"{amount} {capacity.Unit} {capacity.Product}";
        if (gap.YearlyVolume is not { } volume || cover < 0)
        {
            return new MatchReason(
                MatchReasonKinds.Capacity, offered, match.Sought,
                $"“{capacity.Product}”产能 {amount} {capacity.Unit}",
                $"Capacity of {amount} {capacity.Unit} of “{capacity.Product}”",
                Round(weights.Capacity * 0.25));
        }

        var needed = $"{volume.ToString("0.###", CultureInfo.InvariantCulture)} {gap.VolumeUnit}";
        return new MatchReason(
            MatchReasonKinds.Capacity, offered, needed,
            $"“{capacity.Product}”产能 {amount} {capacity.Unit}，缺口年需求 {needed}",
            $"Capacity of {amount} {capacity.Unit} of “{capacity.Product}” against the gap's {needed}",
            Round(weights.Capacity * cover));
    }

    public static MatchReason? Industry(GapNeed gap, EnterpriseOffer enterprise, MatchingWeights weights)
    {
        if (gap.IndustryCode is not { Length: > 0 } wanted || enterprise.IndustryCode is not { Length: > 0 } has)
        {
            return null;
        }

        var strength = SameDivision(wanted, has) ? 1.0 : wanted[0] == has[0] ? 0.4 : 0;
        if (strength == 0)
        {
            return null;
        }

        var code = strength == 1.0 ? (has.Length <= wanted.Length ? has : wanted) : has[..1];
        return new MatchReason(
            MatchReasonKinds.Industry, has, wanted,
            $"同属行业 {code} {IndustryTaxonomy.NameOf(code, english: false)}",
            $"Same industry: {code} {IndustryTaxonomy.NameOf(code, english: true)}",
            Round(weights.Industry * strength));
    }

    public static MatchReason? Text(GapTerms gap, OfferTerms enterprise, MatchingWeights weights)
    {
        var best = Best(enterprise.Descriptions, gap.Sought, weights.MinimumOverlap, offeredInSought: false, soughtInOffered: true);
        return best is not { } b ? null : new MatchReason(
            MatchReasonKinds.Text,
            GapWords.Quote(b.Offered),
            b.Sought,
            $"企业介绍提到“{b.Sought}”",
            $"Its description mentions “{b.Sought}”",
            Round(weights.Text * b.Strength));
    }

    /// <summary>
    /// The best-matching pair of an offered and a sought phrase. By default either may contain the other; with
    /// <paramref name="offeredInSought"/> only the offered phrase's terms count (a certification named in a long
    /// specification), with <paramref name="soughtInOffered"/> only the sought one's (a product named in a description).
    /// Containment must reach <paramref name="minimum"/>; the strength then favours phrases of like length, times the
    /// sought phrase's factor (<see cref="GapWords.NodeFactor"/>).
    /// </summary>
    /// <remarks>Both sides come tokenised (<see cref="GapTerms"/>, <see cref="OfferTerms"/>): blank phrases and sought ones without terms are already left out.</remarks>
    private static (string Offered, string Sought, double Strength)? Best(
        IReadOnlyList<MatchPhrase> offered, IReadOnlyList<MatchPhrase> sought, double minimum, bool offeredInSought = false, bool soughtInOffered = false)
    {
        (string, string, double)? best = null;
        foreach (var phrase in offered)
        {
            foreach (var wanted in sought)
            {
                var strength = wanted.Factor * Strength(phrase.Terms, wanted.Terms, minimum, offeredInSought, soughtInOffered);
                if (strength > (best?.Item3 ?? 0))
                {
                    best = (phrase.Text.Trim(), wanted.Text, strength);
                }
            }
        }

        return best;
    }

    private static double Strength(IReadOnlySet<string> offered, IReadOnlySet<string> sought, double minimum, bool offeredInSought, bool soughtInOffered)
    {
        if (offered.Count == 0)
        {
            return 0;
        }

        var shared = offeredInSought ? MatchText.Shared(offered, sought) : MatchText.Shared(sought, offered);
        var containment = offeredInSought ? (double)shared / offered.Count
            : soughtInOffered ? (double)shared / sought.Count
            : MatchText.Overlap(offered, sought);
        if (containment < minimum || shared == 0)
        {
            return 0;
        }

        // Long texts are expected to be longer than what they mention; phrases compared as equals gain from like length.
        if (offeredInSought || soughtInOffered)
        {
            return containment;
        }

        var likeness = (double)Math.Min(offered.Count, sought.Count) / Math.Max(offered.Count, sought.Count);
        return containment * (0.6 + (0.4 * likeness));
    }

    /// <summary>Share of the gap's yearly volume the capacity covers (at most 1), or -1 when units differ or no volume is given.</summary>
    private static double Cover(Capacity capacity, GapNeed gap)
    {
        if (gap.YearlyVolume is not { } volume || volume <= 0 || !SameUnit(capacity.Unit, gap.VolumeUnit))
        {
            return -1;
        }

        return (double)Math.Min(1m, capacity.Amount / volume);
    }

    /// <summary>Units compared without spaces, case and a "per year" ending: "吨/年" = "吨", "tons/year" = "Tons".</summary>
    public static bool SameUnit(string? a, string? b) =>
        NormalUnit(a) is { Length: > 0 } x && x == NormalUnit(b);

    private static string NormalUnit(string? unit)
    {
        var u = (unit ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        foreach (var ending in new[] { "/年", "每年", "/year", "peryear", "/a", "/yr", "ayear" })
        {
            if (u.EndsWith(ending, StringComparison.Ordinal))
            {
                u = u[..^ending.Length];
            }
        }

        return u.EndsWith('s') && u.Length > 3 ? u[..^1] : u;
    }

    private static bool SameDivision(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal) || a == b;
    }

    private static double Round(double weight) => Math.Round(weight, 4);
}
