using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain.Gaps;

public sealed class ChainGapTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Post_OpensTheGapAtVersionOneWithAPostedEntry()
    {
        var gap = ChainGap.Post(Guid.NewGuid(), null, GapSamples.Content(Guid.NewGuid()), "town-user", Now);

        Assert.Equal((GapStatus.Open, 1), (gap.Status, gap.Version));
        var entry = Assert.Single(gap.History);
        Assert.Equal(("posted", "town-user", "open"), (entry.Action, entry.Actor, entry.ToStatus));
    }

    [Fact]
    public void Apply_WhenNothingChanges_KeepsVersionAndHistory()
    {
        var gap = ChainGap.Post(Guid.NewGuid(), null, GapSamples.Content(Guid.NewGuid()), "t", Now);

        var changed = gap.Apply(gap.Content with { Keywords = [.. gap.Keywords], YearlyVolume = 1200.000m }, "t", Now.AddMinutes(1));

        Assert.False(changed);
        Assert.Equal((1, 1), (gap.Version, gap.History.Count));
    }

    [Fact]
    public void Apply_WhenContentChanges_RaisesVersionAndAppendsAnUpdatedEntry()
    {
        var gap = ChainGap.Post(Guid.NewGuid(), null, GapSamples.Content(Guid.NewGuid()), "t", Now);

        var changed = gap.Apply(gap.Content with { Keywords = ["药用辅料", "excipient"] }, "t2", Now.AddMinutes(1));

        Assert.True(changed);
        Assert.Equal(2, gap.Version);
        Assert.Equal(["posted", "updated"], gap.History.Select(h => h.Action));
        Assert.Equal("t2", gap.History[^1].Actor);
    }

    [Fact]
    public void MoveTo_RecordsEveryMoveWithWhoAndNote()
    {
        var gap = ChainGap.Post(Guid.NewGuid(), null, GapSamples.Content(Guid.NewGuid()), "t", Now);
        var filler = Guid.NewGuid();

        gap.MoveTo(GapStatus.InTalks, null, "t", "与某企业洽谈", Now.AddDays(1));
        gap.MoveTo(GapStatus.Filled, filler, "t", "签约", Now.AddDays(2));

        Assert.Equal((GapStatus.Filled, filler, 3), (gap.Status, gap.FilledByEnterpriseId, gap.Version));
        Assert.Equal(
            [("posted", null, "open", null), ("status", "open", "in-talks", "与某企业洽谈"), ("status", "in-talks", "filled", "签约")],
            gap.History.Select(h => (h.Action, h.FromStatus, h.ToStatus, h.Note)));
    }

    [Fact]
    public void MoveTo_WhenLifecycleRefuses_ChangesNothing()
    {
        var gap = ChainGap.Post(Guid.NewGuid(), null, GapSamples.Content(Guid.NewGuid()), "t", Now);

        var error = Assert.Throws<BusinessRuleException>(() => gap.MoveTo(GapStatus.Filled, null, "t", null, Now));

        Assert.Equal("gap-status-transition", error.Rule);
        Assert.Equal((GapStatus.Open, 1, 1), (gap.Status, gap.Version, gap.History.Count));
    }

    [Theory]
    [InlineData(GapStatus.Withdrawn)]
    [InlineData(GapStatus.Filled)]
    public void Apply_WhenFinal_ThrowsGapEditable(GapStatus final)
    {
        var gap = ChainGap.Post(Guid.NewGuid(), null, GapSamples.Content(Guid.NewGuid()), "t", Now);
        if (final == GapStatus.Filled)
        {
            gap.MoveTo(GapStatus.InTalks, null, "t", null, Now);
        }

        gap.MoveTo(final, null, "t", null, Now);

        var error = Assert.Throws<BusinessRuleException>(() => gap.Apply(gap.Content with { Title = "新标题" }, "t", Now));
        Assert.Equal("gap-editable", error.Rule);
    }
}
