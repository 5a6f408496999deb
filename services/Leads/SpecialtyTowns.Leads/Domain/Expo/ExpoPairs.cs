using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Domain.Expo;

/// <summary>
/// Which expo participants Leads can score against each other, and the offer that stands for the host
/// side: an investor organisation against a town delegation (the town as a whole) or an enterprise (its
/// chain gaps). Two investors, two towns or a town and an enterprise are not a match Leads can judge.
/// </summary>
public static class ExpoPairs
{
    public const string Investor = "investor";
    public const string Town = "town";
    public const string Enterprise = "enterprise";

    /// <summary>The investor and the host of a pair, or null when the pair is not one Leads scores.</summary>
    public static (ExpoParticipant Investor, ExpoParticipant Host)? Split(ExpoParticipant a, ExpoParticipant b)
    {
        static bool Host(ExpoParticipant p) => p.Kind is Town or Enterprise;
        return a.Kind == Investor && a.OrganisationId is not null && Host(b) ? (a, b)
            : b.Kind == Investor && b.OrganisationId is not null && Host(a) ? (b, a)
            : null;
    }

    /// <summary>
    /// The strongest reason of each side, investor's first, in Chinese and in English; when both sides' strongest
    /// is the same feature (an industry both want), the town side's next one, so the two say different things.
    /// </summary>
    public static (string Text, string TextEn) Reason(MatchResult result)
    {
        var investor = result.Reasons.Where(r => r.Side == MatchSide.Investor).MaxBy(r => r.Contribution);
        var town = result.Reasons.Where(r => r.Side == MatchSide.Town && r.Text != investor?.Text).MaxBy(r => r.Contribution);
        var top = new[] { investor, town }.OfType<MatchReason>().ToList();
        return (string.Join("；", top.Select(r => r.Text)), string.Join("; ", top.Select(r => r.TextEn)));
    }
}
