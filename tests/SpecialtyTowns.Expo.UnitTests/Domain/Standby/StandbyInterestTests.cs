using SpecialtyTowns.Expo.Domain.Standby;

namespace SpecialtyTowns.Expo.UnitTests.Domain.Standby;

public sealed class StandbyInterestTests
{
    private static readonly DateTimeOffset Opening = new(2026, 9, 18, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Rank_WhenCandidatesDifferInInterest_PutsAnAcceptedRequestFirstThenAPendingOneThenAMatchAlone()
    {
        var matched = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.None, Opening, Match(90));
        var pending = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Pending, Opening.AddHours(1));
        var accepted = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Accepted, Opening.AddHours(2));

        var ranked = StandbyInterest.Rank([matched, pending, accepted]);

        Assert.Equal([accepted, pending, matched], ranked);
    }

    [Fact]
    public void Rank_WhenCandidatesShareAnInterest_PutsTheBestTwoSidedMatchFirstThenTheEarliestArrival()
    {
        var weak = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Pending, Opening, Match(40));
        var strong = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Pending, Opening.AddHours(2), Match(85.5));
        var unscoredEarly = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Pending, Opening.AddMinutes(-30));
        var unscoredLate = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Pending, Opening.AddMinutes(30));

        var ranked = StandbyInterest.Rank([unscoredLate, weak, unscoredEarly, strong]);

        Assert.Equal([strong, weak, unscoredEarly, unscoredLate], ranked);
    }

    [Fact]
    public void Rank_WhenACandidateHasNoRequestAndNoPositiveMatch_LeavesItOut()
    {
        var stranger = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.None, Opening);
        var oneSided = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.None, Opening, Match(0));
        var matched = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.None, Opening.AddHours(1), Match(12));

        var ranked = StandbyInterest.Rank([stranger, oneSided, matched]);

        Assert.Equal([matched], ranked);
    }

    [Fact]
    public void Rank_WhenEverythingElseIsEqual_OrdersByIdSoThatEveryPassPicksTheSameCandidate()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var candidates = ids.Select(id => new StandbyCandidate(id, StandbyInterest.Pending, Opening, Match(50))).ToList();

        var once = StandbyInterest.Rank(candidates);
        var reversed = StandbyInterest.Rank(Enumerable.Reverse(candidates));

        Assert.Equal(once, reversed);
        Assert.Equal(ids.Order(), once.Select(c => c.ParticipantId));
    }

    [Theory]
    [InlineData(StandbyInterest.Accepted, "accepted-request")]
    [InlineData(StandbyInterest.Pending, "pending-request")]
    [InlineData(StandbyInterest.None, "two-sided-match")]
    public void Reason_WhenGivenACandidate_NamesWhatItWasChosenOn(int interest, string reason)
    {
        var named = StandbyInterest.Reason(new StandbyCandidate(Guid.NewGuid(), interest, Opening, Match(70)));

        Assert.Equal(reason, named);
    }

    private static StandbyCandidateMatch Match(double score) => new(score, "行业匹配", "Industry fits");
}
