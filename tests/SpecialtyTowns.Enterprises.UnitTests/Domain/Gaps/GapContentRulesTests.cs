using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Enterprises.UnitTests.Domain.Gaps;

public sealed class GapContentRulesTests
{
    // 2026-06-01 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static readonly Guid Town = Guid.NewGuid();

    private static readonly ChainNode Node = ChainNode.Add(
        Town, new ChainNodeContent("医药", null, ChainPosition.Upstream, "药用辅料", null, [], ChainNodeStatus.Missing, [], null, 0), "t", Now);

    [Fact]
    public void Ensure_WhenContentIsPlausible_Passes()
    {
        var content = GapSamples.Content(Node.Id) with { Deadline = new DateOnly(2026, 6, 1) };

        var error = Record.Exception(() => GapContentRules.Ensure(content, new GapPoster(Town, null), Node, null, Now));

        Assert.Null(error);
    }

    [Fact]
    public void Ensure_WhenNodeUnknown_NamesTheNodeField()
    {
        var content = GapSamples.Content(Guid.NewGuid());

        var error = Assert.Throws<InvalidValueException>(() => GapContentRules.Ensure(content, new GapPoster(Town, null), null, null, Now));

        Assert.Equal("content.chain_node_id", error.Field);
    }

    [Fact]
    public void Ensure_WhenNodeIsAnotherTowns_NamesTheNodeField()
    {
        var content = GapSamples.Content(Node.Id);

        var error = Assert.Throws<InvalidValueException>(() => GapContentRules.Ensure(content, new GapPoster(Guid.NewGuid(), null), Node, null, Now));

        Assert.Equal("content.chain_node_id", error.Field);
    }

    [Fact]
    public void Ensure_WhenTownsGapHasNoNode_NamesTheNodeField()
    {
        var error = Assert.Throws<InvalidValueException>(() => GapContentRules.Ensure(GapSamples.Content(null), new GapPoster(Town, null), null, null, Now));

        Assert.Equal("content.chain_node_id", error.Field);
    }

    [Fact]
    public void Ensure_WhenEnterprisesGapHasNoNode_Passes()
    {
        var error = Record.Exception(() => GapContentRules.Ensure(GapSamples.Content(null), new GapPoster(Town, Guid.NewGuid()), null, null, Now));

        Assert.Null(error);
    }

    public static TheoryData<string, ChainGapContent> Implausible => new()
    {
        { "content.yearly_volume", GapSamples.Content(null) with { YearlyVolume = -1m } },
        { "content.volume_unit", GapSamples.Content(null) with { VolumeUnit = null } },
        { "content.volume_unit", GapSamples.Content(null) with { VolumeUnit = " " } },
        { "content.industry_code", GapSamples.Content(null) with { IndustryCode = "Z99" } },
        { "content.kind", GapSamples.Content(null) with { Kind = (GapKind)7 } },
        { "content.deadline", GapSamples.Content(null) with { Deadline = new DateOnly(2026, 5, 31) } },
        { "content.deadline", GapSamples.Content(null) with { Deadline = new DateOnly(2036, 6, 2) } },
    };

    [Theory]
    [MemberData(nameof(Implausible))]
    public void Ensure_WhenAValueIsImplausible_NamesItsField(string field, ChainGapContent content)
    {
        var error = Assert.Throws<InvalidValueException>(() => GapContentRules.Ensure(content, new GapPoster(Town, Guid.NewGuid()), null, null, Now));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Ensure_WhenRevisionKeepsAPastDeadline_Passes()
    {
        var past = new DateOnly(2026, 1, 1);
        var content = GapSamples.Content(null) with { Deadline = past };

        var error = Record.Exception(() => GapContentRules.Ensure(content, new GapPoster(Town, Guid.NewGuid()), null, past, Now));

        Assert.Null(error);
    }

    [Fact]
    public void Ensure_WhenNoVolumeAndNoUnit_Passes()
    {
        var content = GapSamples.Content(null) with { YearlyVolume = null, VolumeUnit = null, IndustryCode = null };

        var error = Record.Exception(() => GapContentRules.Ensure(content, new GapPoster(Town, Guid.NewGuid()), null, null, Now));

        Assert.Null(error);
    }
}
