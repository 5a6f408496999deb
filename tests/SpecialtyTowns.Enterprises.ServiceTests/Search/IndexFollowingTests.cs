extern alias enterprises;

using enterprises::SpecialtyTowns.Enterprises.Domain.Chains;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests.Search;

/// <summary>The index following ChainNodeChanged (no hook), and fillers found past a crowding gap town.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class IndexFollowingTests(EnterprisesHost host)
{
    private readonly ChainTestData _data = new(host);

    [Fact]
    public async Task SearchChainGaps_WhenTheGapsNodeMovesToAnotherPosition_FindsItUnderTheNewPositionThroughTheEvent()
    {
        var word = SearchData.UniqueWord();
        var townId = Guid.NewGuid();
        var town = TestCaller.Town(townId);
        var node = await _data.AddNodeAsync(townId);
        var content = ChainTestData.Content(node.Id);
        content.Keywords.Add(word);
        await _data.Gaps(town).PostChainGapAsync(new PostChainGapRequest { Content = content });
        await Eventually.TrueAsync(async () => await PositionAsync(word) == "upstream", TimeSpan.FromSeconds(20), "the gap in the index, upstream");
        var moved = node.Content.Clone();
        moved.Position = "downstream";

        await _data.Chains(town).SaveChainNodeAsync(new SaveChainNodeRequest { Id = node.Id, Content = moved, ExpectedVersion = node.Version });

        await Eventually.TrueAsync(async () => await PositionAsync(word) == "downstream", TimeSpan.FromSeconds(20), "the gap's node's new position in the index");
        var upstream = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = word, ChainPosition = "upstream" });
        Assert.Equal(0, upstream.Total);
    }

    [Fact]
    public async Task FindGapFillers_WhenTheGapsOwnTownHasMoreMatchesThanAPage_StillFindsTheOtherTownsFiller()
    {
        var word = SearchData.UniqueWord();
        var (gapTown, fillerTown) = (new SearchData(host), new SearchData(host));
        var gap = gapTown.Posted(SearchData.Gap("寻求明胶空心胶囊配套", [word + " 明胶空心胶囊"]));

        // The crowd matches better (the word in the name too), so every first page of a phrase is the gap's own town.
        var crowd = Enumerable.Range(0, 45)
            .Select(i => (object)gapTown.NewEnterprise(SearchData.Profile($"{word}胶囊厂{i}", [word + " 明胶空心胶囊", word], industry: "C27")))
            .ToArray();
        var filler = fillerTown.NewEnterprise(SearchData.Profile("晋城药用胶囊有限公司", [word + " 明胶空心胶囊", "片剂", "颗粒剂", "口服液"], industry: "C27"));
        await gapTown.SaveAsync([gap, .. crowd]);
        await fillerTown.SaveAsync(filler);

        var response = await Gaps().FindGapFillersAsync(new FindGapFillersRequest { GapId = gap.Id.ToString() });

        Assert.Equal(filler.Id.ToString(), Assert.Single(response.Fillers).EnterpriseId);
    }

    private async Task<string?> PositionAsync(string word)
    {
        var response = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = word });
        return response.Hits.SingleOrDefault()?.ChainPosition;
    }

    private ChainGapsService.ChainGapsServiceClient Gaps() => host.Client<ChainGapsService.ChainGapsServiceClient>(TestCaller.Anonymous());
}
