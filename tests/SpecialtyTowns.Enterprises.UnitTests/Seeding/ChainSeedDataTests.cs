using System.Text.Json;
using SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Seeding;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.UnitTests.Seeding;

/// <summary>data/chains.json states only what the articles say, about towns and enterprises the other seed data has.</summary>
public sealed class ChainSeedDataTests
{
    private static readonly ChainSeedFile Seed = ChainSeedFile.LoadAsync(Path.Combine(RepoPaths.Root, "data", "chains.json"), CancellationToken.None).GetAwaiter().GetResult();

    private static readonly JsonElement Towns = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "shanxi-specialty-towns.json"))).RootElement;

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void Towns_AreTownsOfTheTownSeed()
    {
        var known = Towns.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet();

        var unknown = Seed.Towns.Select(t => t.Town).Where(t => !known.Contains(t)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void SeedKeys_AreGivenAndUniqueInTheirTown()
    {
        var keys = Seed.Towns.SelectMany(t => t.Nodes.Select(n => (t.Town, Kind: "node", n.Key)).Concat(t.Gaps.Select(g => (t.Town, Kind: "gap", g.Key)))).ToList();

        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Key), $"{k.Town}: a {k.Kind} without a key"));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Quotes_AreTheArticlesExactWords()
    {
        var seeds = SeedArticles.Directory();

        var misquoted = Seed.Towns
            .SelectMany(t => t.Nodes.Select(n => n.Evidence).Concat(t.Gaps.Select(g => g.Evidence)))
            .SelectMany(e => e.Quotes.Select(q => (e.Source, Quote: q)))
            .Where(q => !File.ReadAllText(Path.Combine(seeds, q.Source)).Contains(q.Quote, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(misquoted);
        Assert.All(Seed.Towns.SelectMany(t => t.Nodes.Select(n => n.Evidence).Concat(t.Gaps.Select(g => g.Evidence))), e => Assert.NotEmpty(e.Quotes));
    }

    [Fact]
    public void NamedEnterprises_AreEnterprisesOfTheirTownInTheSeed()
    {
        var known = Towns.GetProperty("enterprises").EnumerateArray()
            .Select(e => (Town: e.GetProperty("town").GetString(), Name: e.GetProperty("name").GetString())).ToHashSet();

        var unknown = Seed.Towns
            .SelectMany(t => t.Nodes.SelectMany(n => n.Enterprises ?? []).Concat(t.Gaps.Where(g => g.PostedBy is not null).Select(g => g.PostedBy!)).Select(name => (t.Town, name)))
            .Where(pair => !known.Contains((pair.Town, pair.name)))
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void NodesAndGaps_PassTheRulesAnyPostedOneMust()
    {
        foreach (var town in Seed.Towns)
        {
            var townId = Guid.NewGuid();
            Assert.Equal(town.Nodes.Count, town.Nodes.Select(n => n.Key).Distinct().Count());
            Assert.Equal(town.Nodes.Count, town.Nodes.Select(n => (n.Chain, n.Name)).Distinct().Count());
            var nodes = town.Nodes.ToDictionary(n => n.Key, n => ChainNode.Add(townId, n.ToContent([]), ChainSeedStep.Actor, Now));
            Assert.All(nodes.Values, n => Assert.InRange(n.Evidence!.Length, 1, ChainLimits.Evidence));
            Assert.Equal(town.Gaps.Count, town.Gaps.Select(g => g.Title).Distinct().Count());
            foreach (var gap in town.Gaps)
            {
                var node = gap.Node is { } key ? nodes[key] : null;
                var content = gap.ToContent(node?.Id);
                var poster = new GapPoster(townId, gap.PostedBy is null ? null : Guid.NewGuid());

                GapContentRules.Ensure(content, poster, node, null, Now);

                Assert.InRange(content.Title.Length, 1, GapLimits.Title);
                Assert.InRange(content.Description.Length, 1, GapLimits.Description);
                Assert.InRange(content.Keywords.Count, 1, GapLimits.Keywords);
            }
        }
    }

    [Fact]
    public void DatongPharmaPark_HasAnOpenExcipientGapFindableInChineseAndEnglish()
    {
        var town = Seed.Towns.Single(t => t.Town == "大同经济技术开发区医药专业镇");

        var gap = Assert.Single(town.Gaps, g => g.Keywords!.Contains("辅料"));

        Assert.Equal(("open", "山西双雁药业有限公司"), (gap.Status, gap.PostedBy));
        Assert.Contains("excipient", gap.TitleEn!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("辅料", gap.Title, StringComparison.Ordinal);
    }
}
