using SpecialtyTowns.Expo.Domain.Standby;

namespace SpecialtyTowns.Expo.UnitTests.Domain.Standby;

public sealed class StandbyInterestTests
{
    private static readonly DateTimeOffset Opening = new(2026, 9, 18, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Rank_WhenCandidatesDifferInInterest_PutsAnAcceptedRequestFirstThenAPendingOneThenTheEarliestArrival()
    {
        var early = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.None, Opening);
        var pending = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Pending, Opening.AddHours(1));
        var accepted = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.Accepted, Opening.AddHours(2));
        var late = new StandbyCandidate(Guid.NewGuid(), StandbyInterest.None, Opening.AddMinutes(30));

        var ranked = StandbyInterest.Rank([late, early, pending, accepted]);

        Assert.Equal([accepted, pending, early, late], ranked);
    }

    [Fact]
    public void Rank_WhenEverythingElseIsEqual_OrdersByIdSoThatEveryPassPicksTheSameCandidate()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var candidates = ids.Select(id => new StandbyCandidate(id, StandbyInterest.None, Opening)).ToList();

        var once = StandbyInterest.Rank(candidates);
        var reversed = StandbyInterest.Rank(Enumerable.Reverse(candidates));

        Assert.Equal(once, reversed);
        Assert.Equal(ids.Order(), once.Select(c => c.ParticipantId));
    }

    [Theory]
    [InlineData(StandbyInterest.Accepted, "accepted-request")]
    [InlineData(StandbyInterest.Pending, "pending-request")]
    [InlineData(StandbyInterest.None, "checked-in-first")]
    public void Reason_WhenGivenAnInterest_NamesIt(int interest, string reason)
    {
        var named = StandbyInterest.Reason(interest);

        Assert.Equal(reason, named);
    }
}
