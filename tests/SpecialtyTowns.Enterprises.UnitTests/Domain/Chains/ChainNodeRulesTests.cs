using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain.Chains;

public sealed class ChainNodeRulesTests
{
    private static readonly Guid Town = Guid.NewGuid();

    [Fact]
    public void EnsureEnterprisesOfTown_WhenAllAreTheTowns_Passes()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var error = Record.Exception(() => ChainNodeRules.EnsureEnterprisesOfTown(Content(ids), ids.ToHashSet()));

        Assert.Null(error);
    }

    [Fact]
    public void EnsureEnterprisesOfTown_WhenOneIsNot_NamesTheFieldAndTheEnterprise()
    {
        var ours = Guid.NewGuid();
        var foreign = Guid.NewGuid();

        var error = Assert.Throws<InvalidValueException>(() => ChainNodeRules.EnsureEnterprisesOfTown(Content([ours, foreign]), new HashSet<Guid> { ours }));

        Assert.Equal("content.enterprise_ids", error.Field);
        Assert.Contains(foreign.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void EnsureRemovable_WhenGapsStillSought_ThrowsNamedRule(int sought)
    {
        var error = Assert.Throws<BusinessRuleException>(() => ChainNodeRules.EnsureRemovable(sought));

        Assert.Equal("chain-node-in-use", error.Rule);
    }

    [Fact]
    public void EnsureRemovable_WhenNoGapIsSought_Passes()
    {
        var error = Record.Exception(() => ChainNodeRules.EnsureRemovable(0));

        Assert.Null(error);
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("its town", true)]
    [InlineData("another town", false)]
    [InlineData("an enterprise of the town", false)]
    [InlineData("investor", false)]
    [InlineData("organizer", false)]
    [InlineData("anonymous", false)]
    public void MayBeEditedBy_OnlyTheTownAndAdmins(string who, bool expected)
    {
        var caller = who switch
        {
            "admin" => new Caller("a", Roles.Admin, null, null),
            "its town" => new Caller("t", Roles.Town, Town, null),
            "another town" => new Caller("o", Roles.Town, Guid.NewGuid(), null),
            "an enterprise of the town" => new Caller("e", Roles.Enterprise, Town, Guid.NewGuid()),
            "investor" => new Caller("i", Roles.Investor, null, null),
            "organizer" => new Caller("g", Roles.Organizer, null, null),
            _ => new Caller("anonymous", Roles.Anonymous, null, null),
        };

        var allowed = ChainNode.MayBeEditedBy(caller, Town);

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void Apply_WhenNothingChanges_KeepsTheVersion()
    {
        var node = ChainNode.Add(Town, Content([Guid.NewGuid()]), "t", DateTimeOffset.UtcNow);

        var changed = node.Apply(node.Content with { Products = [.. node.Products], EnterpriseIds = [.. node.EnterpriseIds] }, "t", DateTimeOffset.UtcNow);

        Assert.False(changed);
        Assert.Equal(1, node.Version);
    }

    [Theory]
    [InlineData("upstream", ChainPosition.Upstream)]
    [InlineData("midstream", ChainPosition.Midstream)]
    [InlineData("downstream", ChainPosition.Downstream)]
    public void ParsePosition_RoundTripsTheKeys(string key, ChainPosition position)
    {
        var parsed = ChainKeys.ParsePosition(key);

        Assert.Equal(position, parsed);
        Assert.Equal(key, ChainKeys.Of(position));
    }

    private static ChainNodeContent Content(IReadOnlyList<Guid> enterprises) =>
        new("法兰", "Flanges", ChainPosition.Midstream, "法兰锻造", null, ["法兰"], ChainNodeStatus.Complete, enterprises, null, 0);
}
