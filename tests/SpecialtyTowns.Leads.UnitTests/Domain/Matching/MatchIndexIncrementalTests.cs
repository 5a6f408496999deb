using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;
using SpecialtyTowns.Leads.Infrastructure.Matching;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

public sealed class MatchIndexIncrementalTests
{
    [Fact]
    public void Publish_WhenChangesArriveOneByOne_EqualsAnIndexBuiltFromTheFinalRows()
    {
        var random = new Random(11);
        var towns = Enumerable.Range(0, 6).Select(i => MatchData.Town($"增量镇{i}", i % 2 == 0 ? "忻州市" : "大同市")).ToList();
        var (organisations, projects) = MatchData.Noise(random, towns.Select(t => t.TownId).ToList(), 60, 300);
        var planted = MatchData.Organisation(MatchData.PlantedProfile("增量种子"));
        var plantedProject = MatchData.PlantedProject(towns[0].TownId);
        var node = ChainNodeEntry.From(Guid.NewGuid(), towns[1].TownId, "法兰", "锻造", "midstream", false, 1, MatchData.At);
        var gap = GapEntry.From(Guid.NewGuid(), towns[1].TownId, "法兰锻造配套", "open", MatchData.At).WithContent("Flange forging supplier", "supplier", "C33", node.NodeId, null);
        var incremental = new MatchIndex();
        towns.ForEach(incremental.Put);
        incremental.Publish();
        foreach (var (organisation, i) in organisations.Select((o, i) => (o, i)))
        {
            incremental.Put(organisation);
            incremental.Put(projects[i * 5]);
            incremental.Publish();
        }

        // The changes the feed brings: new rows, edits, a withdrawal, a removed node, a deleted row, a profile edit.
        projects.Where((_, i) => i % 5 != 0).ToList().ForEach(incremental.Put);
        incremental.Put(planted);
        incremental.Put(plantedProject);
        incremental.Put(node);
        incremental.Put(gap);
        incremental.Publish();
        var withdrawn = ProjectEntry.From(projects[7].ProjectId, projects[7].TownId, projects[7].Title, "withdrawn", projects[7].IndustryCode, projects[7].AmountMinFen, projects[7].AmountMaxFen, MatchData.At.AddDays(1));
        incremental.Put(withdrawn);
        var removedNode = ChainNodeEntry.From(node.NodeId, node.TownId, node.Chain, node.Name, node.Position, removed: true, 2, MatchData.At.AddDays(1));
        incremental.Put(removedNode);
        incremental.Remove(MatchChangeKinds.Project, projects[9].ProjectId);
        incremental.Remove(MatchChangeKinds.Town, towns[5].TownId);
        var edited = organisations[3];
        edited.Apply(edited.Profile with { Keywords = ["法兰"], PreferredRegions = ["大同"] }, MatchData.At.AddDays(1));
        incremental.Put(edited);
        incremental.Publish();

        var rebuilt = new MatchIndex();
        rebuilt.Put(gap);
        rebuilt.Put(removedNode);
        towns.Take(5).ToList().ForEach(rebuilt.Put);
        projects.Where((_, i) => i != 7 && i != 9).Reverse().ToList().ForEach(rebuilt.Put);
        rebuilt.Put(withdrawn);
        organisations.Append(planted).Reverse().ToList().ForEach(rebuilt.Put);
        rebuilt.Put(plantedProject);
        rebuilt.Publish();

        var expected = RecomputeMatches.Lists(MatchData.Engine(rebuilt), rebuilt.Current, TextWriter.Null);
        var actual = RecomputeMatches.Lists(MatchData.Engine(incremental), incremental.Current, TextWriter.Null);
        Assert.Empty(MatchListComparer.Differences(expected, actual));
        Assert.Equal(expected.Count, actual.Count);
        Assert.DoesNotContain(actual.Values.SelectMany(l => l), r => r.OfferId == projects[7].ProjectId || r.OfferId == projects[9].ProjectId);
    }

    [Fact]
    public void Publish_WhenAProjectOfATownChanges_ChangesThatTownsOffer()
    {
        var index = new MatchIndex();
        var changed = MatchData.Town("变化镇", "忻州市");
        var untouched = MatchData.Town("不变镇", "忻州市");
        var organisation = MatchData.Organisation(MatchData.PlantedProfile("看镇"));
        index.Put(changed);
        index.Put(untouched);
        index.Put(organisation);
        index.Put(MatchData.Project(changed.TownId, "published", "A01", 100 * MatchData.Wan, 200 * MatchData.Wan, "农业"));
        index.Put(MatchData.Project(untouched.TownId, "published", "A01", 100 * MatchData.Wan, 200 * MatchData.Wan, "农业"));
        index.Publish();
        var engine = MatchData.Engine(index);
        var before = engine.ForInvestor(organisation.Id, OfferKind.Town, 10, _ => false).ToDictionary(r => r.OfferId, r => r.Score);

        index.Put(MatchData.PlantedProject(changed.TownId));
        index.Publish();

        var after = engine.ForInvestor(organisation.Id, OfferKind.Town, 10, _ => false);
        Assert.Equal(changed.TownId, after[0].OfferId);
        Assert.True(after[0].Score > before[changed.TownId]);
        Assert.Contains(after[0].Reasons, r => r.Feature == MatchFeatures.Industry);
    }
}
