using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain.Gaps;

public sealed class GapLifecycleTests
{
    public static TheoryData<GapStatus, GapStatus> AllowedMoves => new()
    {
        { GapStatus.Open, GapStatus.InTalks },
        { GapStatus.Open, GapStatus.Withdrawn },
        { GapStatus.InTalks, GapStatus.Filled },
        { GapStatus.InTalks, GapStatus.Open },
        { GapStatus.InTalks, GapStatus.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void CanMove_WhenMoveIsAStepOfTheLifecycle_IsTrue(GapStatus from, GapStatus to)
    {
        var allowed = GapLifecycle.CanMove(from, to);

        Assert.True(allowed);
    }

    [Fact]
    public void CanMove_ForEveryOtherPair_IsFalse()
    {
        var allowed = AllowedMoves.Select(row => ((GapStatus)row[0], (GapStatus)row[1])).ToHashSet();

        var wronglyAllowed = Enum.GetValues<GapStatus>()
            .SelectMany(from => Enum.GetValues<GapStatus>().Select(to => (from, to)))
            .Where(pair => !allowed.Contains(pair) && GapLifecycle.CanMove(pair.from, pair.to))
            .ToList();

        Assert.Empty(wronglyAllowed);
    }

    [Theory]
    [InlineData(GapStatus.Open, GapStatus.Filled)]
    [InlineData(GapStatus.Open, GapStatus.Open)]
    [InlineData(GapStatus.Filled, GapStatus.Open)]
    [InlineData(GapStatus.Filled, GapStatus.Withdrawn)]
    [InlineData(GapStatus.Withdrawn, GapStatus.Open)]
    public void EnsureCanMove_WhenSkippingOrLeavingAFinalState_ThrowsNamedRule(GapStatus from, GapStatus to)
    {
        var error = Assert.Throws<BusinessRuleException>(() => GapLifecycle.EnsureCanMove(from, to));

        Assert.Equal("gap-status-transition", error.Rule);
        Assert.Contains(GapKeys.Of(to), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GapStatus.Open, "in-talks,withdrawn")]
    [InlineData(GapStatus.InTalks, "filled,open,withdrawn")]
    [InlineData(GapStatus.Filled, "")]
    [InlineData(GapStatus.Withdrawn, "")]
    public void NextFrom_GivesTheAllowedMovesAndNoneOnceFinal(GapStatus from, string expected)
    {
        var next = GapLifecycle.NextFrom(from).Select(GapKeys.Of).Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(',', next));
    }

    [Theory]
    [InlineData(GapStatus.Open, true)]
    [InlineData(GapStatus.InTalks, true)]
    [InlineData(GapStatus.Filled, false)]
    [InlineData(GapStatus.Withdrawn, false)]
    public void IsEditable_OnlyWhileTheGapIsSought(GapStatus status, bool expected)
    {
        var editable = GapLifecycle.IsEditable(status);

        Assert.Equal(expected, editable);
    }

    [Fact]
    public void EnsureEditable_WhenFinal_ThrowsNamedRule()
    {
        var error = Assert.Throws<BusinessRuleException>(() => GapLifecycle.EnsureEditable(GapStatus.Filled));

        Assert.Equal("gap-editable", error.Rule);
    }

    [Theory]
    [InlineData("open", GapStatus.Open)]
    [InlineData("in-talks", GapStatus.InTalks)]
    [InlineData("filled", GapStatus.Filled)]
    [InlineData("withdrawn", GapStatus.Withdrawn)]
    public void ParseStatus_RoundTripsTheKeys(string key, GapStatus status)
    {
        var parsed = GapKeys.ParseStatus(key);

        Assert.Equal(status, parsed);
        Assert.Equal(key, GapKeys.Of(status));
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("in_talks")]
    [InlineData("closed")]
    [InlineData("")]
    public void ParseStatus_WhenNotALowerCaseKey_IsNull(string key)
    {
        var parsed = GapKeys.ParseStatus(key);

        Assert.Null(parsed);
    }
}
