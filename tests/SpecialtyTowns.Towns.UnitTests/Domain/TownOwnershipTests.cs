using SpecialtyTowns.TestKit;
using SpecialtyTowns.Towns.Domain;

namespace SpecialtyTowns.Towns.UnitTests.Domain;

public sealed class TownOwnershipTests
{
    public static TheoryData<string, bool> Editors => Callers.Allowing("town own", "admin");

    [Theory]
    [MemberData(nameof(Editors))]
    public void MayBeEditedBy_ForEveryRole_AllowsOnlyTheTownItselfAndAdmins(string who, bool allowed)
    {
        var town = Town.Register(new TownRegistration("定襄法兰专业镇", null, null, null, TownLevel.Provincial, TownCategory.AdvancedManufacturing, "法兰", []), DateTimeOffset.UnixEpoch);

        var result = town.MayBeEditedBy(Callers.As(who, Owners.New() with { TownId = town.Id }));

        Assert.Equal(allowed, result);
    }
}
