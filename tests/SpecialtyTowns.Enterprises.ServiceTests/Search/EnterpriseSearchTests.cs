extern alias enterprises;

using enterprises::SpecialtyTowns.Enterprises.Domain.Chains;
using enterprises::SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests.Search;

/// <summary>EnterprisesService.SearchEnterprises and Suggest, ChainGapsService.SearchChainGaps, each test on a town of its own.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class EnterpriseSearchTests(EnterprisesHost host)
{
    [Fact]
    public async Task SearchEnterprises_WhenAProductWordIsGiven_FindsTheEnterpriseWithItsTownCityAndPositions()
    {
        var data = new SearchData(host);
        var word = SearchData.UniqueWord();
        var enterprise = data.NewEnterprise(SearchData.Profile("定襄锻造法兰有限公司" + word, ["锻造法兰", word], leading: true));
        await data.SaveAsync(enterprise, data.Node("法兰锻造", ChainPosition.Midstream, [enterprise.Id], "法兰"));

        var response = await Enterprises().SearchEnterprisesAsync(new SearchRequest { Text = word, TownId = data.TownId.ToString() });

        var hit = Assert.Single(response.Hits);
        Assert.Equal((enterprise.Id.ToString(), "enterprise", enterprise.Name), (hit.Id, hit.Kind, hit.Title));
        Assert.Equal((data.TownName, data.City, "C33", "midstream", true), (hit.TownName, hit.City, hit.IndustryCode, hit.ChainPosition, hit.Leading));
        Assert.Contains(response.Facets, f => f.Name == "chainPosition" && f.Values.Any(v => v.Value == "midstream" && v.Count == 1));
        Assert.DoesNotContain(response.Facets, f => f.Name == "active");
        Assert.False(response.Partial);
    }

    [Theory]
    [InlineData("法兰")]
    [InlineData("flange forging")]
    public async Task SearchEnterprises_WhenChineseOrEnglishWords_FindsTheFlangeEnterprise(string query)
    {
        var data = new SearchData(host);
        var flanges = data.NewEnterprise(SearchData.Profile("山西天宝集团有限公司", ["法兰", "forged flanges", "wind power flanges"], nameEn: "Shanxi Tianbao Group"));
        var glass = data.NewEnterprise(SearchData.Profile("祁县玻璃器皿有限公司", ["玻璃器皿", "glassware"], industry: "C30"));
        await data.SaveAsync(flanges, glass);

        var response = await Enterprises().SearchEnterprisesAsync(new SearchRequest { Text = query, TownId = data.TownId.ToString() });

        Assert.Equal([flanges.Id.ToString()], response.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("辅料")]
    [InlineData("excipient")]
    public async Task SearchChainGaps_WhenChineseOrEnglishWords_FindsThePharmaParkGap(string query)
    {
        var data = new SearchData(host);
        var gap = data.Posted(SearchData.Gap("医药园区辅料配套", ["药用辅料", "pharmaceutical excipients"], titleEn: "Excipients for the pharmaceutical park"));
        var other = data.Posted(SearchData.Gap("氢能储运设备", ["储氢罐"], titleEn: "Hydrogen storage", industry: "D45"));
        await data.SaveAsync(gap, other);

        var response = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = query, TownId = data.TownId.ToString() });

        Assert.Equal([gap.Id.ToString()], response.Hits.Select(h => h.Id));
        Assert.Equal(("gap", "open"), (response.Hits[0].Kind, response.Hits[0].Status));
    }

    [Fact]
    public async Task SearchChainGaps_WhenNoStatusIsAsked_FindsOpenAndInTalksOnlyAndNeverWithdrawn()
    {
        var data = new SearchData(host);
        var word = SearchData.UniqueWord();
        var (open, talks, filled, withdrawn) = (
            data.Posted(SearchData.Gap("胶囊 " + word, [word])), data.Posted(SearchData.Gap("胶囊 " + word, [word]), GapStatus.InTalks),
            data.Posted(SearchData.Gap("胶囊 " + word, [word]), GapStatus.Filled), data.Posted(SearchData.Gap("胶囊 " + word, [word]), GapStatus.Withdrawn));
        await data.SaveAsync(open, talks, filled, withdrawn);

        var byDefault = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = word });
        var onlyFilled = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = word, Status = "filled" });
        var onlyWithdrawn = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = word, Status = "withdrawn" });

        Assert.Equal(new[] { open.Id, talks.Id }.Select(i => i.ToString()).Order(), byDefault.Hits.Select(h => h.Id).Order());
        Assert.Equal([filled.Id.ToString()], onlyFilled.Hits.Select(h => h.Id));
        Assert.Empty(onlyWithdrawn.Hits);
    }

    [Fact]
    public async Task SearchChainGaps_WhenFilteredByChainPosition_FindsTheGapAtANodeOfThatPosition()
    {
        var data = new SearchData(host);
        var word = SearchData.UniqueWord();
        var (upstream, downstream) = (data.Node("原料" + word, ChainPosition.Upstream, [], "原料药"), data.Node("制剂" + word, ChainPosition.Downstream, [], "片剂"));
        var (atUpstream, atDownstream) = (data.Posted(SearchData.Gap("缺口甲 " + word, [word], node: upstream.Id)), data.Posted(SearchData.Gap("缺口乙 " + word, [word], node: downstream.Id)));
        await data.SaveAsync(upstream, downstream, atUpstream, atDownstream);

        var response = await Gaps().SearchChainGapsAsync(new SearchRequest { Text = word, ChainPosition = "upstream" });

        Assert.Equal([atUpstream.Id.ToString()], response.Hits.Select(h => h.Id));
        Assert.Contains(response.Facets, f => f.Name == "chainPosition" && f.Values.Any(v => v.Value == "downstream" && v.Count == 1));
    }

    [Fact]
    public async Task Suggest_WhenAPrefixOfAProductOrGapTitle_OffersThem()
    {
        var data = new SearchData(host);
        var word = SearchData.UniqueWord();
        await data.SaveAsync(data.NewEnterprise(SearchData.Profile("某公司" + word, [word + "法兰"])), data.Posted(SearchData.Gap(word + "辅料配套", [word])));

        var response = await Enterprises().SuggestAsync(new SuggestRequest { Prefix = word });

        Assert.Contains(word + "法兰", response.Suggestions);
        Assert.Contains(word + "辅料配套", response.Suggestions);
    }

    [Theory]
    [InlineData("chain_position", "sideways")]
    [InlineData("town_id", "not-a-town")]
    [InlineData("industry", "Z99")]
    [InlineData("status", "lost")]
    [InlineData("sort", "cheapest")]
    [InlineData("page_size", "500")]
    [InlineData("kind", "enterprise")]
    public async Task SearchChainGaps_WhenAParameterIsInvalid_FailsInvalidArgumentNamingIt(string field, string value)
    {
        var request = new SearchRequest { Text = "法兰" };
        SearchRequest.Descriptor.FindFieldByName(field).Accessor.SetValue(request, field == "page_size" ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        await RpcAssert.InvalidArgumentAsync(() => Gaps().SearchChainGapsAsync(request).ResponseAsync, field);
    }

    [Fact]
    public async Task SearchEnterprises_WhenAnEnterpriseIsAnnouncedByItsEvent_FindsItWithoutTheHook()
    {
        var data = new SearchData(host);
        var word = SearchData.UniqueWord();
        await data.SaveAsync();
        var enterprise = data.NewEnterprise(SearchData.Profile("事件公司" + word, [word]));
        await data.SaveWithEventAsync(enterprise);

        var response = await Eventually.GetAsync(
            async () => (await Enterprises().SearchEnterprisesAsync(new SearchRequest { Text = word })) is { Total: > 0 } found ? found : null,
            TimeSpan.FromSeconds(20),
            "the enterprise in the index");

        Assert.Equal(enterprise.Id.ToString(), Assert.Single(response.Hits).Id);
    }

    private EnterprisesService.EnterprisesServiceClient Enterprises() => host.Client<EnterprisesService.EnterprisesServiceClient>(TestCaller.Anonymous());

    private ChainGapsService.ChainGapsServiceClient Gaps() => host.Client<ChainGapsService.ChainGapsServiceClient>(TestCaller.Anonymous());
}
