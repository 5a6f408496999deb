namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// The labels, from the hidden preferences. Mutual (what the evaluation measures): a pair is relevant
/// only when both sides would say yes (a contact happens when both want it); 2 when the project also
/// speaks of two of the organisation's keywords. Each side's own (what that side's feedback would
/// teach, and all the weight fit sees): the investor's wish, graded the same way, and the town's wish.
/// </summary>
internal static class Relevance
{
    public static int Of(HiddenOrganisation o, HiddenProject p) => TownWants(o, p) ? InvestorGrade(o, p) : 0;

    /// <summary>The investor's own answer: 0 when it does not want the project, 2 when the project also names two of its keywords.</summary>
    public static int InvestorGrade(HiddenOrganisation o, HiddenProject p) =>
        InvestorWants(o, p) ? 1 + (o.Keywords.Count(p.Words.Contains) >= 2 ? 1 : 0) : 0;

    /// <summary>The town's own answer: 1 when it wants the organisation for the project.</summary>
    public static int TownGrade(HiddenOrganisation o, HiddenProject p) => TownWants(o, p) ? 1 : 0;

    /// <summary>Its industry, its city (if it has one), and at least 30% of the project's range within its ticket.</summary>
    public static bool InvestorWants(HiddenOrganisation o, HiddenProject p)
    {
        var overlap = Math.Max(0, Math.Min(o.TicketMaxFen, p.AmountMaxFen) - Math.Max(o.TicketMinFen, p.AmountMinFen));
        return o.Industries.Contains(p.Industry)
            && (o.City is null || o.City == p.City)
            && overlap >= 0.3 * Math.Max(1, p.AmountMaxFen - p.AmountMinFen);
    }

    /// <summary>Money for at least the project's minimum, a cooperation mode it offers, the land it needs within what the project has, a common language.</summary>
    public static bool TownWants(HiddenOrganisation o, HiddenProject p) =>
        o.TicketMaxFen >= p.AmountMinFen
        && o.Modes.Any(p.Modes.Contains)
        && (o.LandNeeded is null || (p.Land is { } land && land >= o.LandNeeded))
        && (o.Chinese || p.English);
}
