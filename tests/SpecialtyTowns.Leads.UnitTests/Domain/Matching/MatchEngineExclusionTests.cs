using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

public sealed class MatchEngineExclusionTests
{
    [Theory]
    [InlineData("withdrawn")]
    [InlineData("signed")]
    [InlineData("landed")]
    public void ForInvestor_WhenTheBestProjectIsClosed_NeverListsIt(string status)
    {
        var (index, organisation, project) = MatchEngineRankingTests.Planted(5);
        index.Put(ProjectEntry.From(project.ProjectId, project.TownId, project.Title, status, "C33", project.AmountMinFen, project.AmountMaxFen, MatchData.At.AddDays(1)));
        index.Publish();
        var engine = MatchData.Engine(index);

        var list = engine.ForInvestor(organisation.Id, OfferKind.Project, 100, _ => false);

        Assert.DoesNotContain(list, r => r.OfferId == project.ProjectId);
        Assert.Empty(engine.ForOffer(OfferKind.Project, project.ProjectId, 10, _ => false));
        Assert.Null(engine.Score(organisation.Id, OfferKind.Project, project.ProjectId));
    }

    [Fact]
    public void ForInvestor_WhenTheCallerExcludesItems_FillsTheListPastThem()
    {
        var (index, organisation, project) = MatchEngineRankingTests.Planted(6);
        var engine = MatchData.Engine(index);
        var before = engine.ForInvestor(organisation.Id, OfferKind.Project, 10, _ => false);
        var excluded = before.Take(3).Select(r => r.OfferId).ToHashSet();

        var list = engine.ForInvestor(organisation.Id, OfferKind.Project, 10, excluded.Contains);

        Assert.Contains(project.ProjectId, excluded);
        Assert.Equal(10, list.Count);
        Assert.DoesNotContain(list, r => excluded.Contains(r.OfferId));
        Assert.Equal(before.Skip(3).Select(r => r.OfferId), list.Take(7).Select(r => r.OfferId));
    }

    [Fact]
    public void ForOffer_WhenTheOrganisationHasNoConsent_NeverListsItButItKeepsItsOwnList()
    {
        var index = new MatchIndex();
        var town = MatchData.Town("同意镇", "忻州市");
        var project = MatchData.PlantedProject(town.TownId);
        var silent = MatchData.Organisation(MatchData.PlantedProfile("不愿被联系") with { ConsentToContact = false });
        index.Put(town);
        index.Put(project);
        index.Put(silent);
        index.Publish();
        var engine = MatchData.Engine(index);

        var investors = engine.ForOffer(OfferKind.Project, project.ProjectId, 10, _ => false);
        var own = engine.ForInvestor(silent.Id, OfferKind.Project, 10, _ => false);

        Assert.Empty(investors);
        Assert.Equal([project.ProjectId], own.Select(r => r.OfferId));
    }

    [Fact]
    public void ForInvestor_WhenGapsAreFilledOrWithdrawn_ListsOnlyOpenOnesAndTownsWithAnOpenOffer()
    {
        var index = new MatchIndex();
        var open = MatchData.Town("有缺口镇", "忻州市");
        var closed = MatchData.Town("无缺口镇", "忻州市");
        var organisation = MatchData.Organisation(MatchData.PlantedProfile("找缺口"));
        var node = ChainNodeEntry.From(Guid.NewGuid(), open.TownId, "法兰", "锻造", "midstream", false, 1, MatchData.At);
        var gaps = new[] { ("open", open), ("in-talks", open), ("filled", closed), ("withdrawn", closed) }
            .Select(g => GapEntry.From(Guid.NewGuid(), g.Item2.TownId, "法兰锻造配套", g.Item1, MatchData.At).WithContent(null, "supplier", "C33", node.NodeId, null))
            .ToList();
        index.Put(open);
        index.Put(closed);
        index.Put(node);
        index.Put(organisation);
        gaps.ForEach(index.Put);
        index.Publish();
        var engine = MatchData.Engine(index);

        var gapList = engine.ForInvestor(organisation.Id, OfferKind.Gap, 10, _ => false);
        var townList = engine.ForInvestor(organisation.Id, OfferKind.Town, 10, _ => false);

        Assert.Equal(gaps.Take(2).Select(g => g.GapId).Order(), gapList.Select(r => r.OfferId).Order());
        Assert.Equal([open.TownId], townList.Select(r => r.OfferId));
    }

    [Fact]
    public void ForInvestor_WhenTheGapsNodeIsRemoved_KeepsTheGapWithoutTheChainPosition()
    {
        var index = new MatchIndex();
        var town = MatchData.Town("节点镇", "忻州市");
        var organisation = MatchData.Organisation(MatchData.PlantedProfile("找节点"));
        var node = ChainNodeEntry.From(Guid.NewGuid(), town.TownId, "法兰", "锻造", "midstream", removed: true, 2, MatchData.At);
        var gap = GapEntry.From(Guid.NewGuid(), town.TownId, "法兰锻造配套", "open", MatchData.At).WithContent(null, "supplier", "C33", node.NodeId, null);
        index.Put(town);
        index.Put(organisation);
        index.Put(node);
        index.Put(gap);
        index.Publish();
        var engine = MatchData.Engine(index);

        var list = engine.ForInvestor(organisation.Id, OfferKind.Gap, 10, _ => false);

        Assert.Equal([gap.GapId], list.Select(r => r.OfferId));
        Assert.DoesNotContain(list[0].Reasons, r => r.Feature == MatchFeatures.ChainPosition);
    }

    [Fact]
    public void ForInvestor_WhenTheOrganisationIsUnknown_IsEmpty()
    {
        var (index, _, _) = MatchEngineRankingTests.Planted(7);
        var engine = MatchData.Engine(index);

        var list = engine.ForInvestor(Guid.NewGuid(), OfferKind.Project, 10, _ => false);

        Assert.Empty(list);
    }
}
