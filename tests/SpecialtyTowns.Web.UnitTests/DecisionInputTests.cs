using SpecialtyTowns.Gateway.Web.Forms;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class DecisionInputTests
{
    [Theory]
    [InlineData(DecisionInput.Approve, true)]
    [InlineData(DecisionInput.Reject, false)]
    public void Parse_WhenAButtonsValue_GivesTheDecisionAndAccount(string verdict, bool approve)
    {
        var id = Guid.NewGuid();

        var parsed = new DecisionInput { Verdict = DecisionInput.ValueFor(verdict, id) }.Parse();

        Assert.Equal((approve, id), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("approve")]
    [InlineData("delete:6f1c0e4e-3c1b-4c8e-9a59-0d2c7c9d9b10")]
    [InlineData("approve:not-a-guid")]
    [InlineData("approve:6f1c0e4e-3c1b-4c8e-9a59-0d2c7c9d9b10:x")]
    public void Parse_WhenNotAValueAButtonSends_IsNull(string? verdict)
    {
        var parsed = new DecisionInput { Verdict = verdict }.Parse();

        Assert.Null(parsed);
    }
}
