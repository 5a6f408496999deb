using SpecialtyTowns.Gateway.Identity;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.UnitTests.Identity;

public sealed class AccountDecisionsTests
{
    private static readonly Guid OwnTown = Guid.NewGuid();
    private static readonly Guid OtherTown = Guid.NewGuid();

    [Theory]
    [InlineData(Roles.Town)]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.Organizer)]
    public void MayDecide_WhenAdmin_DecidesEveryRole(string role)
    {
        var allowed = AccountDecisions.MayDecide(Admin(), Account(role, OtherTown));

        Assert.True(allowed);
    }

    [Fact]
    public void MayDecide_WhenTownAndItsOwnEnterprise_Decides()
    {
        var allowed = AccountDecisions.MayDecide(Town(OwnTown), Account(Roles.Enterprise, OwnTown));

        Assert.True(allowed);
    }

    [Theory]
    [InlineData(Roles.Enterprise, false)]
    [InlineData(Roles.Town, true)]
    [InlineData(Roles.Organizer, true)]
    [InlineData(Roles.Investor, true)]
    public void MayDecide_WhenTownAndNotItsOwnEnterprise_IsRefused(string role, bool ownTown)
    {
        var allowed = AccountDecisions.MayDecide(Town(OwnTown), Account(role, ownTown ? OwnTown : OtherTown));

        Assert.False(allowed);
    }

    [Theory]
    [InlineData(Roles.Enterprise)]
    [InlineData(Roles.Investor)]
    [InlineData(Roles.Organizer)]
    public void MayDecide_WhenNeitherAdminNorTown_IsRefusedEvenForItsOwnTown(string callerRole)
    {
        var allowed = AccountDecisions.MayDecide(new Caller(Guid.NewGuid().ToString(), callerRole, OwnTown, null), Account(Roles.Enterprise, OwnTown));

        Assert.False(allowed);
    }

    [Fact]
    public void RefusalTitle_WhenAlreadyDecided_NamesTheStatusAsTheApiDoes()
    {
        var decision = new AccountDecision(DecisionOutcome.AlreadyDecided, new ApplicationUser { Status = AccountStatus.Rejected });

        Assert.Equal("The account is already rejected", decision.RefusalTitle);
        Assert.Equal(AccountDecisions.NotFoundTitle, new AccountDecision(DecisionOutcome.NotFound, null).RefusalTitle);
        Assert.Null(new AccountDecision(DecisionOutcome.Decided, new ApplicationUser()).RefusalTitle);
    }

    private static Caller Admin() => new(Guid.NewGuid().ToString(), Roles.Admin, null, null);

    private static Caller Town(Guid townId) => new(Guid.NewGuid().ToString(), Roles.Town, townId, null);

    /// <summary>A pending account; an enterprise's belongs to its enterprise's town, a town's to its town.</summary>
    private static ApplicationUser Account(string role, Guid townId) => new()
    {
        Id = Guid.NewGuid(),
        AccountRole = role,
        Status = AccountStatus.Pending,
        TownId = role == Roles.Town ? townId : null,
        EnterpriseId = role == Roles.Enterprise ? Guid.NewGuid() : null,
        EnterpriseTownId = role == Roles.Enterprise ? townId : null,
    };
}
