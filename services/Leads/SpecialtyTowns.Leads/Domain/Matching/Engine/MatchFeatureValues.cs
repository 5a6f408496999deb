namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// The feature values x_f in [0,1] of one pair (docs/matching.md). Each reads only data both sides
/// gave: whatever is unknown on either side gives 0, so it can never become a reason.
/// </summary>
public static class MatchFeatureValues
{
    public static void Compute(MatchOrganisation organisation, MatchOffer offer, Span<double> x)
    {
        x[FeatureIndex.Industry] = Industry(organisation.Profile.IndustriesSought, offer.IndustryCodes, out _);
        x[FeatureIndex.ChainPosition] = (organisation.PositionMask & offer.PositionMask) != 0 ? 1 : 0;
        x[FeatureIndex.Ticket] = Ticket(organisation.Profile.TicketMinFen, organisation.Profile.TicketMaxFen, offer.Ranges);
        x[FeatureIndex.Region] = Region(organisation, offer) is null ? 0 : 1;
        x[FeatureIndex.Cooperation] = SharedMode(organisation.Profile.CooperationModes, offer.CooperationModes) is null ? 0 : 1;
        x[FeatureIndex.Land] = Land(organisation.Profile.LandNeededSquareMetres, offer.LandSquareMetres);
        x[FeatureIndex.Language] = organisation.SpeaksChinese || (organisation.SpeaksEnglish && offer.HasEnglish) ? 1 : 0;
        x[FeatureIndex.Text] = TextSimilarity(organisation.Text, offer.Text);
        x[FeatureIndex.Completeness] = organisation.Completeness;
    }

    /// <summary>1 when a sought code is the offer's or covers it (a section); 0.5 for the same section only.</summary>
    public static double Industry(IReadOnlyList<string> sought, IReadOnlyList<string> codes, out (string Sought, string Code)? best)
    {
        best = null;
        var value = 0.0;
        foreach (var code in codes)
        {
            foreach (var s in sought)
            {
                if (s.Length == 0 || code.Length == 0)
                {
                    continue;
                }

                var v = code.StartsWith(s, StringComparison.Ordinal) ? 1.0 : s[0] == code[0] ? 0.5 : 0.0;
                if (v > value)
                {
                    value = v;
                    best = (s, code);
                }
            }
        }

        return value;
    }

    /// <summary>The share of the offer's amount ranges the ticket covers; an open end of the ticket is unbounded.</summary>
    public static double Ticket(long? ticketMin, long? ticketMax, IReadOnlyList<(long Min, long Max)> ranges)
    {
        if ((ticketMin is null && ticketMax is null) || ranges.Count == 0)
        {
            return 0;
        }

        double lo = ticketMin ?? 0;
        double hi = ticketMax ?? double.PositiveInfinity;
        double covered = 0, total = 0, pointsCovered = 0;
        foreach (var (min, max) in ranges)
        {
            total += max - min;
            covered += Math.Max(0, Math.Min(hi, max) - Math.Max(lo, min));
            pointsCovered += lo <= min && min <= hi ? 1 : 0;
        }

        // Ranges that are single amounts have no length: the share of those amounts within the ticket.
        return total > 0 ? covered / total : pointsCovered / ranges.Count;
    }

    /// <summary>The preferred region naming the offer's city or province, or null.</summary>
    public static string? Region(MatchOrganisation organisation, MatchOffer offer)
    {
        var city = MatchKeys.NormaliseRegion(offer.City);
        foreach (var region in organisation.Profile.PreferredRegions)
        {
            var r = MatchKeys.NormaliseRegion(region);
            if ((city.Length > 0 && r == city) || r == MatchKeys.Province || r == MatchKeys.ProvinceEn)
            {
                return region;
            }
        }

        return null;
    }

    public static string? SharedMode(IReadOnlyList<string> modes, IReadOnlyList<string> offered) => modes.FirstOrDefault(offered.Contains);

    public static double Land(decimal? needed, double available)
    {
        if (needed is not { } n || n <= 0 || available <= 0)
        {
            return 0;
        }

        return Math.Min(1, available / (double)n);
    }

    public static double TextSimilarity(SparseVector organisation, SparseVector offer) => Math.Clamp(organisation.Dot(offer), 0, 1);
}
