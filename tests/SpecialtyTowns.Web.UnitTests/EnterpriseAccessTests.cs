using System.Security.Claims;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.Gateway.Web.Enterprises;
using SpecialtyTowns.ServiceDefaults.Security;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Web.UnitTests;

public sealed class EnterpriseAccessTests
{
    private static readonly Guid Town = Guid.NewGuid();
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly Enterprise Enterprise = new() { Id = Id.ToString(), TownId = Town.ToString() };

    [Theory]
    [InlineData("enterprise-itself", true)]
    [InlineData("its-town", true)]
    [InlineData("admin", true)]
    [InlineData("other-town", false)]
    [InlineData("other-enterprise", false)]
    [InlineData("investor", false)]
    public void MayEdit_WhenEachRoleLooksAtTheEnterprise_OffersTheEditorOnlyToItsOwners(string who, bool expected)
    {
        var user = who switch
        {
            "enterprise-itself" => User(Roles.Enterprise, ClaimNames.EnterpriseId, Id),
            "its-town" => User(Roles.Town, ClaimNames.TownId, Town),
            "admin" => User(Roles.Admin, null, null),
            "other-town" => User(Roles.Town, ClaimNames.TownId, Guid.NewGuid()),
            "other-enterprise" => User(Roles.Enterprise, ClaimNames.EnterpriseId, Guid.NewGuid()),
            _ => User(Roles.Investor, null, null),
        };

        var may = EnterpriseAccess.MayEdit(user, Enterprise);

        Assert.Equal(expected, may);
    }

    [Fact]
    public void EditLink_WhenTheEnterpriseItselfAndItsTownAsk_GivesTheOwnEditorAndTheTownsAddress()
    {
        var itself = User(Roles.Enterprise, ClaimNames.EnterpriseId, Id);
        var town = User(Roles.Town, ClaimNames.TownId, Town);

        var links = (EnterpriseAccess.EditLink(itself, Id.ToString()), EnterpriseAccess.EditLink(town, Id.ToString()));

        Assert.Equal(("/workspace/enterprise", $"/workspace/enterprises/{Id}/edit"), links);
    }

    // A town claim on an enterprise account does not make it its town (the role decides).
    [Fact]
    public void MayEditTown_WhenAnEnterpriseAccountCarriesATownId_IsFalse()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Enterprise), new Claim(ClaimNames.TownId, Town.ToString())], "test"));

        var may = EnterpriseAccess.MayEditTown(user, Town);

        Assert.False(may);
    }

    private static ClaimsPrincipal User(string role, string? claim, Guid? value)
    {
        List<Claim> claims = [new(ClaimTypes.Role, role)];
        if (claim is not null)
        {
            claims.Add(new Claim(claim, value.ToString()!));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
