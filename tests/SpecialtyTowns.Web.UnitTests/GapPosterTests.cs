using System.Security.Claims;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Gaps;
using SpecialtyTowns.ServiceDefaults.Security;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class GapPosterTests
{
    private static readonly string Town = Guid.NewGuid().ToString();
    private static readonly string Enterprise = Guid.NewGuid().ToString();

    public static TheoryData<string, string?, string?, string, bool> Cases() => new()
    {
        // role, the user's town, the user's enterprise, the gap's enterprise ("" = posted by the town), may manage
        { "admin", null, null, "", true },
        { "town", Town, null, "", true },
        { "town", Town, null, Enterprise, false },
        { "town", Guid.NewGuid().ToString(), null, "", false },
        { "enterprise", Town, Enterprise, Enterprise, true },
        { "enterprise", Town, Guid.NewGuid().ToString(), Enterprise, false },
        { "enterprise", Town, Enterprise, "", false },
        { "investor", null, null, "", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CanManage_WhenTheUserIsOrIsNotThePoster_OffersTheControlsOnlyToThePosterAndAdmins(string role, string? town, string? enterprise, string gapEnterprise, bool expected)
    {
        var user = User(role, town, enterprise);
        var gap = new ChainGap { Id = Guid.NewGuid().ToString(), TownId = Town, EnterpriseId = gapEnterprise };

        var canManage = GapPoster.CanManage(user, gap);

        Assert.Equal(expected, canManage);
    }

    [Fact]
    public void Enterprise_WhenTheUserIsATown_IsNone()
    {
        var town = User("town", Town, null);
        var enterprise = User("enterprise", Town, Enterprise);

        var (none, own) = (GapPoster.Enterprise(town), GapPoster.Enterprise(enterprise));

        Assert.Null(none);
        Assert.Equal(Guid.Parse(Enterprise), own);
    }

    private static ClaimsPrincipal User(string role, string? town, string? enterprise)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role) };
        if (town is not null)
        {
            claims.Add(new Claim(ClaimNames.TownId, town));
        }

        if (enterprise is not null)
        {
            claims.Add(new Claim(ClaimNames.EnterpriseId, enterprise));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimTypes.Name, ClaimTypes.Role));
    }
}
