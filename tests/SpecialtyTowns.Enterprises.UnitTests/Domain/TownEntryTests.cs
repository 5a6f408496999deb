using SpecialtyTowns.Enterprises.Domain.Towns;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain;

public sealed class TownEntryTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Apply_WhenNewerThanTheEntry_TakesTheNewNames()
    {
        var town = TownEntry.Create(Guid.NewGuid(), "定襄法兰专业镇", null, "忻州市", "定襄县", Registered);

        var changed = town.Apply("定襄法兰产业专业镇", "Dingxiang Flange Town", "忻州市", "定襄县", Registered.AddMinutes(1));

        Assert.True(changed);
        Assert.Equal(("定襄法兰产业专业镇", "Dingxiang Flange Town"), (town.Name, town.NameEn));
    }

    [Fact]
    public void Apply_WhenAnOlderEventArrivesLate_ChangesNothing()
    {
        var town = TownEntry.Create(Guid.NewGuid(), "新名", null, null, null, Registered.AddMinutes(5));

        var changed = town.Apply("旧名", null, null, null, Registered);

        Assert.False(changed);
        Assert.Equal(("新名", Registered.AddMinutes(5)), (town.Name, town.AsOf));
    }
}
