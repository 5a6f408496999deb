using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain;

public sealed class EnterpriseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, bool> Editors => Callers.Allowing("enterprise own", "town own", "admin");

    public static TheoryData<string, bool> Registrars => Callers.Allowing("town own", "admin");

    public static TheoryData<string, bool> LeadingDesignators => Callers.Allowing("town own", "admin");

    [Theory]
    [MemberData(nameof(LeadingDesignators))]
    public void MayDesignateLeading_ForEveryRole_AllowsOnlyItsTownAndAdmins(string who, bool allowed)
    {
        var (enterprise, owners) = NewEnterprise();

        var result = enterprise.MayDesignateLeading(Callers.As(who, owners));

        Assert.Equal(allowed, result);
    }

    [Theory]
    [MemberData(nameof(Editors))]
    public void MayBeEditedBy_ForEveryRole_AllowsOnlyTheEnterpriseItsTownAndAdmins(string who, bool allowed)
    {
        var (enterprise, owners) = NewEnterprise();

        var result = enterprise.MayBeEditedBy(Callers.As(who, owners));

        Assert.Equal(allowed, result);
    }

    [Theory]
    [MemberData(nameof(Registrars))]
    public void MayBeRegisteredBy_ForEveryRole_AllowsOnlyTheTownItselfAndAdmins(string who, bool allowed)
    {
        var owners = Owners.New();

        var result = Enterprise.MayBeRegisteredBy(Callers.As(who, owners), owners.TownId);

        Assert.Equal(allowed, result);
    }

    [Fact]
    public void Apply_WhenTheProfileDiffers_ReplacesItRaisesTheVersionAndTheTime()
    {
        var (enterprise, _) = NewEnterprise();
        var later = Now.AddHours(1);

        var changed = enterprise.Apply(Profile() with { Products = ["法兰", "管件"] }, later);

        Assert.True(changed);
        Assert.Equal(["法兰", "管件"], enterprise.Products);
        Assert.Equal((2, later), (enterprise.Version, enterprise.UpdatedAt));
    }

    [Fact]
    public void Apply_WhenNothingDiffersButTheListInstances_ReportsNoChangeAndKeepsTheVersion()
    {
        var (enterprise, _) = NewEnterprise();

        var changed = enterprise.Apply(Profile() with { Products = ["法兰"], Capacities = [new Capacity("法兰", 50000m, "件/年")] }, Now.AddHours(1));

        Assert.False(changed);
        Assert.Equal((1, Now), (enterprise.Version, enterprise.UpdatedAt));
    }

    private static EnterpriseProfile Profile() => new(
        "定襄法兰有限公司", null, null, "C33", ["法兰"], [], [new Capacity("法兰", 50000m, "件/年")], [], 80m, null, null, true, [], null, null, null, [], null);

    // The enterprise's id is its own, so the owner set names it after registration.
    private static (Enterprise Enterprise, Owners Owners) NewEnterprise()
    {
        var owners = Owners.New();
        var enterprise = Enterprise.Register(owners.TownId, Profile(), Now);
        return (enterprise, owners with { EnterpriseId = enterprise.Id });
    }
}
