using SpecialtyTowns.Towns.Domain.Enterprises;

namespace SpecialtyTowns.Towns.UnitTests.Domain.Enterprises;

public sealed class TownEnterpriseTests
{
    private static readonly Guid EnterpriseId = Guid.CreateVersion7();
    private static readonly Guid TownId = Guid.CreateVersion7();
    private static readonly DateTimeOffset Registered = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(2, 0, 1, 0, true)]
    [InlineData(1, 0, 2, 0, false)]
    [InlineData(2, 5, 2, 0, true)]
    [InlineData(2, 0, 2, 5, false)]
    [InlineData(2, 0, 2, 0, false)]
    public void IsNewer_WhenVersionsAndTimesCompared_PrefersTheHigherVersionThenTheLaterTime(int version, int minutes, int heldVersion, int heldMinutes, bool expected)
    {
        var newer = TownEnterprise.IsNewer(version, Registered.AddMinutes(minutes), heldVersion, Registered.AddMinutes(heldMinutes));

        Assert.Equal(expected, newer);
    }

    [Fact]
    public void Apply_WhenNewerStateMakesItLeading_TakesItAndReportsTheChange()
    {
        var held = State("定襄锻造", leading: false, version: 0);

        var changed = held.Apply(State("定襄锻造集团", leading: true, version: 2));

        Assert.True(changed);
        Assert.Equal("定襄锻造集团", held.Name);
        Assert.True(held.Leading);
        Assert.Equal(2, held.Version);
    }

    [Fact]
    public void Apply_WhenOlderStateArrivesLate_KeepsTheNewerOne()
    {
        var held = State("新名", leading: true, version: 3);

        var changed = held.Apply(State("旧名", leading: false, version: 2));

        Assert.False(changed);
        Assert.Equal("新名", held.Name);
        Assert.True(held.Leading);
    }

    [Fact]
    public void Apply_WhenNewerStateChangesNothingShown_RecordsItsVersionButReportsNoChange()
    {
        var held = State("同名", leading: false, version: 1);

        var changed = held.Apply(State("同名", leading: false, version: 2));

        Assert.False(changed);
        Assert.Equal(2, held.Version);
    }

    private static TownEnterprise State(string name, bool leading, int version) =>
        TownEnterprise.From(EnterpriseId, TownId, name, "  ", leading, version, Registered.AddMinutes(version));
}
