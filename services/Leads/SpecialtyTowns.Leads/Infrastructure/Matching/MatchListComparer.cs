using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.Infrastructure.Matching;

/// <summary>Exact comparison of two sets of lists (ids, order, scores and reasons).</summary>
public static class MatchListComparer
{
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, IReadOnlyList<MatchResult>> expected, IReadOnlyDictionary<string, IReadOnlyList<MatchResult>> actual)
    {
        foreach (var key in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var a = expected.GetValueOrDefault(key) ?? [];
            var b = actual.GetValueOrDefault(key) ?? [];
            if (!Same(a, b))
            {
                yield return $"differs: {key}";
            }
        }
    }

    public static bool Same(IReadOnlyList<MatchResult> a, IReadOnlyList<MatchResult> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.OfferId == p.Second.OfferId && p.First.OrganisationId == p.Second.OrganisationId
            && p.First.Score == p.Second.Score && p.First.InvestorScore == p.Second.InvestorScore && p.First.TownScore == p.Second.TownScore
            && p.First.Reasons.SequenceEqual(p.Second.Reasons));
}
