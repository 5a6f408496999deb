using SpecialtyTowns.Leads.Domain.Expo;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Leads.UnitTests.Domain;

public sealed class ExpoPairsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("investor", "town", true)]
    [InlineData("enterprise", "investor", true)]
    [InlineData("investor", "investor", false)]
    [InlineData("town", "enterprise", false)]
    [InlineData("town", "town", false)]
    public void Split_WhenGivenTwoKinds_PairsOnlyAnInvestorWithATownOrAnEnterprise(string first, string second, bool paired)
    {
        var a = Participant(first);
        var b = Participant(second);

        var split = ExpoPairs.Split(a, b);

        Assert.Equal(paired, split is not null);
        if (split is { } pair)
        {
            Assert.Equal("investor", pair.Investor.Kind);
            Assert.NotEqual("investor", pair.Host.Kind);
        }
    }

    [Fact]
    public void Split_WhenTheInvestorHasNoOrganisation_PairsNothing()
    {
        var investor = ExpoParticipant.Of(Guid.NewGuid(), Guid.NewGuid(), "investor", Guid.NewGuid(), null, At);

        Assert.Null(ExpoPairs.Split(investor, Participant("town")));
    }

    [Fact]
    public void Reason_WhenBothSidesLeadWithTheSameFeature_GivesTheInvestorsBestAndTheTownsNextDifferentOne()
    {
        var result = new MatchResult(Guid.NewGuid(), OfferKind.Town, Guid.NewGuid(), 0.8, 0.9, 0.7,
        [
            new MatchReason(MatchSide.Investor, "industry", "行业匹配：C33", "Industry match: C33", 0.4),
            new MatchReason(MatchSide.Investor, "ticket", "投资额相符", "Ticket fits", 0.2),
            new MatchReason(MatchSide.Town, "industry", "行业匹配：C33", "Industry match: C33", 0.5),
            new MatchReason(MatchSide.Town, "land", "用地可满足", "Land available", 0.1),
        ]);

        var (text, textEn) = ExpoPairs.Reason(result);

        Assert.Equal("行业匹配：C33；用地可满足", text);
        Assert.Equal("Industry match: C33; Land available", textEn);
    }

    [Fact]
    public void Withdraw_WhenAnApprovalArrivesAfterIt_StaysInactive()
    {
        var participant = Participant("town");
        participant.Withdraw(At);

        participant.Decide(approved: true, null, At.AddMinutes(1));

        Assert.False(participant.Active);
    }

    private static ExpoParticipant Participant(string kind)
    {
        var participant = ExpoParticipant.Of(Guid.NewGuid(), Guid.NewGuid(), kind, Guid.NewGuid(), kind == "investor" ? Guid.NewGuid() : null, At);
        participant.Decide(approved: true, null, At);
        return participant;
    }
}
