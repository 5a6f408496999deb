using SpecialtyTowns.Expo.Domain;

namespace SpecialtyTowns.Expo.UnitTests.Domain;

public sealed class ExhibitorTownTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Rename_WhenNewerThanTheNamesKnown_TakesTheNewNames()
    {
        var town = ExhibitorTown.Learn(Guid.NewGuid(), "定襄法兰专业镇", null, Registered, Registered);

        var renamed = town.Rename("定襄法兰专业镇", "Dingxiang Flange Town", Registered.AddHours(1), Registered.AddHours(2));

        Assert.True(renamed);
        Assert.Equal("Dingxiang Flange Town", town.NameEn);
        Assert.Equal(Registered.AddHours(2), town.ReceivedAt);
    }

    [Fact]
    public void Rename_WhenTheRegistrationArrivesAfterAnUpdate_KeepsTheUpdatedNames()
    {
        var town = ExhibitorTown.Learn(Guid.NewGuid(), "定襄法兰专业镇", "Dingxiang Flange Town", Registered.AddHours(1), Registered.AddHours(2));

        var renamed = town.Rename("定襄法兰专业镇", null, Registered, Registered.AddHours(3));

        Assert.False(renamed);
        Assert.Equal("Dingxiang Flange Town", town.NameEn);
    }

    [Fact]
    public void Rename_WhenTheSameEventComesAgain_ChangesNothing()
    {
        var town = ExhibitorTown.Learn(Guid.NewGuid(), "定襄法兰专业镇", "Dingxiang", Registered, Registered);

        var renamed = town.Rename("定襄法兰专业镇", "Other", Registered, Registered.AddHours(1));

        Assert.False(renamed);
        Assert.Equal("Dingxiang", town.NameEn);
    }
}
