namespace SpecialtyTowns.Leads.Domain.Matching.Engine;

/// <summary>
/// Each side's reasons: the features that scored (x_f &gt; 0 and a weight on that side), most points
/// first, the side's top few, each with its contribution w_f x_f / Σw in points of the side's score.
/// </summary>
public static class MatchReasons
{
    public static IReadOnlyList<MatchReason> Build(MatchScorer scorer, MatchSnapshot snapshot, MatchOrganisation organisation, MatchOffer offer, ReadOnlySpan<double> x)
    {
        var shared = x[FeatureIndex.Text] > 0 ? SharedTerms(snapshot, organisation, offer) : [];
        var reasons = new List<MatchReason>();
        foreach (var (side, weights) in new[] { (MatchSide.Investor, scorer.Investor), (MatchSide.Town, scorer.Town) })
        {
            var scored = new List<(int Feature, double Contribution)>();
            for (var f = 0; f < FeatureIndex.Count; f++)
            {
                if (x[f] > 0 && weights.Values[f] > 0)
                {
                    scored.Add((f, weights.Values[f] * x[f] / weights.Sum));
                }
            }

            foreach (var (feature, contribution) in scored.OrderByDescending(s => s.Contribution).ThenBy(s => s.Feature).Take(scorer.ReasonsPerSide))
            {
                var (zh, en) = MatchReasonTexts.Of(feature, organisation, offer, x[feature], shared);
                reasons.Add(new MatchReason(side, MatchFeatures.All[feature], zh, en, contribution));
            }
        }

        return reasons;
    }

    /// <summary>The organisation's keywords the offer's text contains, else the shared terms weighing most.</summary>
    private static List<string> SharedTerms(MatchSnapshot snapshot, MatchOrganisation organisation, MatchOffer offer)
    {
        var keywords = organisation.Profile.Keywords
            .Where(k => MatchText.Terms(k) is { Count: > 0 } terms && terms.All(t => snapshot.TermId(t) is { } id && offer.Text.Contains(id)))
            .Take(3)
            .ToList();
        return keywords.Count > 0 ? keywords : [.. organisation.Text.SharedTerms(offer.Text).Take(3).Select(t => snapshot.Vocabulary[t])];
    }
}
