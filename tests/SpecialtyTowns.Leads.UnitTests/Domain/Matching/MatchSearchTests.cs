using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

public sealed class MatchSearchTests
{
    [Theory]
    [InlineData(21, 1)]
    [InlineData(22, 10)]
    [InlineData(23, 40)]
    public void Top_WhenCellsArePrunedByTheirBounds_EqualsTheExhaustiveRanking(int seed, int k)
    {
        var (index, _, _) = MatchEngineRankingTests.Planted(seed);
        var engine = MatchData.Engine(index);
        var snapshot = index.Current;
        var columns = snapshot.ColumnsOf(OfferKind.Project)!;

        var mismatches = snapshot.Organisations
            .Where(o => !MatchSearch.Top(engine.Scorer, columns, o, k, Odd).Select(t => t.Id)
                .SequenceEqual(engine.Exhaustive(snapshot, o, OfferKind.Project, k, Odd).Select(r => r.Id)))
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Top_WhenScored_GivesTheScoresTheEngineGivesThePair()
    {
        var (index, organisation, _) = MatchEngineRankingTests.Planted(24);
        var engine = MatchData.Engine(index);

        var top = engine.TopOffers(organisation.Id, OfferKind.Project, 20);

        Assert.Equal(20, top.Count);
        Assert.All(top, t => Assert.Equal(engine.Score(organisation.Id, OfferKind.Project, t.Id)!.Score, t.Score));
    }

    private static bool Odd(Guid id) => id.GetHashCode() % 7 == 0;
}
