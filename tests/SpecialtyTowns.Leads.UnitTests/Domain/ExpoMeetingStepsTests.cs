using SpecialtyTowns.Leads.Domain.Pipeline;

namespace SpecialtyTowns.Leads.UnitTests.Domain;

public sealed class ExpoMeetingStepsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("follow-up", LeadStage.Lead, null, LeadStage.Contacted)]
    [InlineData("site-visit", LeadStage.Lead, null, LeadStage.Contacted)]
    [InlineData("negotiation", LeadStage.Lead, 500_000_00L, LeadStage.Negotiating)]
    [InlineData("intent-to-sign", LeadStage.Contacted, 0L, LeadStage.Negotiating)]
    [InlineData("negotiation", LeadStage.Contacted, null, null)]
    [InlineData("none", LeadStage.Lead, null, null)]
    [InlineData("follow-up", LeadStage.Negotiating, 100L, null)]
    [InlineData("negotiation", LeadStage.Negotiating, 100L, null)]
    [InlineData("intent-to-sign", LeadStage.Signed, 100L, null)]
    [InlineData("follow-up", LeadStage.Lost, null, null)]
    public void Advance_WhenAMeetingWasHeld_MovesForwardOnlyAsFarAsTheRequiredFieldsAreKnown(string nextStep, LeadStage current, long? amount, LeadStage? expected)
    {
        var move = ExpoMeetingSteps.Advance(current, amount, nextStep, Today);

        Assert.Equal(expected, move?.To);
    }

    [Fact]
    public void Advance_WhenItMoves_CarriesANextActionDueAWeekLaterThatSaysWhatWasAgreed()
    {
        var move = ExpoMeetingSteps.Advance(LeadStage.Lead, null, "site-visit", Today);

        Assert.NotNull(move);
        Assert.Equal(Today.AddDays(7), move.Value.Fields.NextActionDue);
        Assert.Contains("site visit", move.Value.Fields.NextAction, StringComparison.Ordinal);
        Assert.Empty(StageRequirements.Missing(move.Value.To, move.Value.Fields));
    }
}
