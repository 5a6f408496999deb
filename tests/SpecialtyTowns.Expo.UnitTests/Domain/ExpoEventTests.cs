using SpecialtyTowns.Expo.Domain;
using SpecialtyTowns.SharedKernel.Errors;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.UnitTests.Domain;

public sealed class ExpoEventTests
{
    private static readonly DateOnly Opening = new(2026, 9, 18);

    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, bool> Managers => Callers.Allowing("organizer own", "admin");

    [Theory]
    [MemberData(nameof(Managers))]
    public void IsManagedBy_ForEveryRole_AllowsOnlyItsOrganizerAndAdmins(string who, bool allowed)
    {
        var owners = Owners.New();
        var expoEvent = ExpoEvent.Create(owners.OrganizerId, "大同专业镇投资贸易博览会", null, "大同", Opening, Opening.AddDays(2), "Asia/Shanghai", Now);

        var result = expoEvent.IsManagedBy(Callers.As(who, owners));

        Assert.Equal(allowed, result);
    }

    [Fact]
    public void IsManagedBy_WhenAnInvestorHasTheOrganizersId_IsRefused()
    {
        var owners = Owners.New();
        var expoEvent = ExpoEvent.Create(owners.OrganizerId, "博览会", null, null, Opening, Opening, "Asia/Shanghai", Now);

        var result = expoEvent.IsManagedBy(Callers.As("investor own", owners with { InvestorId = owners.OrganizerId }));

        Assert.False(result);
    }

    [Fact]
    public void Change_WhenItWouldEndBeforeItStarts_IsRefusedByTheDateRule()
    {
        var expoEvent = ExpoEvent.Create(Guid.NewGuid(), "博览会", null, null, Opening, Opening.AddDays(2), "Asia/Shanghai", Now);

        var error = Assert.Throws<BusinessRuleException>(() => expoEvent.Change(null, null, null, startsOn: Opening.AddDays(3), endsOn: null, Now));

        Assert.Equal("event-dates-ordered", error.Rule);
        Assert.Equal(Opening, expoEvent.StartsOn);
    }
}
