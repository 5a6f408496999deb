using System.Globalization;
using SpecialtyTowns.Leads.Domain.Directory;
using SpecialtyTowns.Leads.Domain.Investors;
using SpecialtyTowns.Leads.Domain.Matching;
using SpecialtyTowns.Leads.Domain.Matching.Engine;
using SpecialtyTowns.Leads.Infrastructure.Matching;

namespace SpecialtyTowns.Leads.UnitTests.Domain.Matching;

public sealed class MatchSnapshotUpdaterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Publish_WhenRandomRowsOfEveryKindChange_EqualsAFullRebuildExactly(int seed)
    {
        var random = new Random(seed);
        var index = new MatchIndex();
        var changes = new RandomIndexChanges(random, index);
        changes.Apply(60);
        index.Publish();
        var snapshots = 0;

        for (var round = 0; round < 60; round++)
        {
            changes.Apply(random.Next(1, 6));
            var published = index.Publish();
            Assert.Equal(Describe(changes.Rebuilt().Current), Describe(published));
            snapshots++;
        }

        var rebuilt = changes.Rebuilt();
        var expected = RecomputeMatches.Lists(MatchData.Engine(rebuilt), rebuilt.Current, TextWriter.Null);
        var actual = RecomputeMatches.Lists(MatchData.Engine(index), index.Current, TextWriter.Null);
        Assert.Equal(60, snapshots);
        Assert.Empty(MatchListComparer.Differences(expected, actual));
        Assert.NotEmpty(index.Current.Projects);
    }

    [Fact]
    public void Publish_WhenADocumentIsAdded_ReweighsEveryVectorAsARebuildDoes()
    {
        var index = new MatchIndex();
        var town = MatchData.Town("权重镇", "忻州市");
        var organisation = MatchData.Organisation(MatchData.PlantedProfile("权重投资"));
        index.Put(town);
        index.Put(organisation);
        index.Put(MatchData.PlantedProject(town.TownId));
        var before = index.Publish();

        index.Put(MatchData.Project(town.TownId, "published", "C33", 100 * MatchData.Wan, 200 * MatchData.Wan, "法兰新项目"));
        var after = index.Publish();

        Assert.NotEqual(before.Organisations[0].Text.Weights, after.Organisations[0].Text.Weights);
        Assert.Equal(Describe(Rebuild(index)), Describe(after));
    }

    [Fact]
    public void Publish_WhenAChangeLeavesTheIdfAsItWas_KeepsTheOtherRowsDerived()
    {
        var index = new MatchIndex();
        var town = MatchData.Town("复用镇", "忻州市");
        var organisation = MatchData.Organisation(MatchData.PlantedProfile("复用投资"));
        var project = MatchData.PlantedProject(town.TownId);
        index.Put(town);
        index.Put(organisation);
        index.Put(project);
        index.Put(MatchData.Project(town.TownId, "published", "A01", 100 * MatchData.Wan, 200 * MatchData.Wan, "农业"));
        var before = index.Publish();

        organisation.Apply(organisation.Profile with { PreferredRegions = ["大同"] }, MatchData.At.AddDays(1));
        index.Put(organisation);
        var after = index.Publish();

        Assert.NotSame(before.Organisations[0], after.Organisations[0]);
        Assert.Same(before.OffersById[(OfferKind.Project, project.ProjectId)], after.OffersById[(OfferKind.Project, project.ProjectId)]);
        Assert.Same(before.Towns[0], after.Towns[0]);
        Assert.Equal(Describe(Rebuild(index)), Describe(after));
    }

    [Fact]
    public void Publish_WhenClearedAndLoadedAgain_DropsTheRowsNotLoaded()
    {
        var town = MatchData.Town("重载镇", "忻州市");
        var kept = MatchData.Organisation(MatchData.PlantedProfile("重载投资"));
        var gone = MatchData.Organisation(MatchData.PlantedProfile("消失投资"));
        var project = MatchData.PlantedProject(town.TownId);
        var index = new MatchIndex();
        new object[] { town, kept, gone, project, MatchData.PlantedProject(town.TownId) }.ToList().ForEach(row => Put(index, row));
        index.Publish();

        index.Clear();
        new object[] { town, kept, project }.ToList().ForEach(row => Put(index, row));
        var published = index.Publish();

        var reference = new MatchIndex();
        new object[] { town, kept, project }.ToList().ForEach(row => Put(reference, row));
        Assert.Equal(Describe(reference.Rebuild()), Describe(published));
        Assert.Single(published.Projects);
    }

    private static void Put(MatchIndex index, object row)
    {
        switch (row)
        {
            case TownDirectoryEntry town: index.Put(town); break;
            case InvestorOrganisation organisation: index.Put(organisation); break;
            case ProjectEntry project: index.Put(project); break;
        }
    }

    private static MatchSnapshot Rebuild(MatchIndex index)
    {
        var current = index.Current;
        var rebuilt = index.Rebuild();
        index.Publish();
        Assert.Equal(Describe(current), Describe(index.Current));
        return rebuilt;
    }

    /// <summary>Everything a snapshot holds, weights as their bits, one line per row in the snapshot's order.</summary>
    private static List<string> Describe(MatchSnapshot snapshot) =>
    [
        string.Join(" ", snapshot.Vocabulary),
        .. snapshot.Organisations.Select(o => $"organisation {o.Id} {o.Profile.Name} {Vector(o.Text)}"),
        .. snapshot.Projects.Concat(snapshot.Gaps).Concat(snapshot.Towns).Select(o =>
            $"{o.Kind} {o.Id} {o.TownId} {o.Title}|{o.TitleEn}|{o.TownName}|{o.City} [{string.Join(",", o.IndustryCodes)}] {o.PositionMask} [{string.Join(",", o.NodeNames)}] " +
            $"[{string.Join(",", o.Ranges)}] [{string.Join(",", o.CooperationModes)}] {o.LandSquareMetres.ToString("R", CultureInfo.InvariantCulture)} {o.HasEnglish} {o.AmountMinFen}-{o.AmountMaxFen} {o.EnterpriseId} {Vector(o.Text)}"),
    ];

    private static string Vector(SparseVector vector) =>
        string.Join(",", vector.Terms.Zip(vector.Weights, (t, w) => $"{t}:{BitConverter.SingleToInt32Bits(w):x8}"));
}
