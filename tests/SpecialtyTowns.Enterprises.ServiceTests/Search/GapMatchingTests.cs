extern alias enterprises;

using Capacity = enterprises::SpecialtyTowns.Enterprises.Domain.Capacity;
using enterprises::SpecialtyTowns.Enterprises.Domain.Gaps;
using Grpc.Core;
using SpecialtyTowns.Enterprises.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Enterprises.ServiceTests.Search;

/// <summary>ChainGapsService.FindGapFillers and EnterprisesService.FindGapsForEnterprise on the running service.</summary>
[Collection(EnterprisesCollection.Name)]
public sealed class GapMatchingTests(EnterprisesHost host)
{
    [Fact]
    public async Task FindGapFillers_WhenAPlantedEnterpriseOfAnotherTownMatches_RanksItFirstWithReasonsAndLeavesOutTheGapsTown()
    {
        var word = SearchData.UniqueWord();
        var (gapTown, fillerTown, otherTown) = (new SearchData(host), new SearchData(host), new SearchData(host));
        var gap = gapTown.Posted(SearchData.Gap("寻求明胶空心胶囊配套", [word + " 明胶空心胶囊"], volume: 500m, unit: "吨/年"));
        var sameTown = gapTown.NewEnterprise(SearchData.Profile("本镇胶囊厂" + word, [word + " 明胶空心胶囊"], industry: "C27"));
        var planted = fillerTown.NewEnterprise(SearchData.Profile(
            "晋城胶囊有限公司" + word, [word + " 明胶空心胶囊"], industry: "C27", certifications: ["GMP"], capacity: new Capacity(word + " 明胶空心胶囊", 800m, "吨/年")));
        var weaker = otherTown.NewEnterprise(SearchData.Profile("某药厂" + word, [word + " 片剂"], industry: "C27"));
        await gapTown.SaveAsync(gap, sameTown);
        await fillerTown.SaveAsync(planted);
        await otherTown.SaveAsync(weaker);

        var response = await Gaps(TestCaller.Anonymous()).FindGapFillersAsync(new FindGapFillersRequest { GapId = gap.Id.ToString() });

        var first = response.Fillers[0];
        Assert.Equal((planted.Id.ToString(), fillerTown.TownName), (first.EnterpriseId, first.TownName));
        Assert.DoesNotContain(response.Fillers, f => f.EnterpriseId == sameTown.Id.ToString());
        var product = Assert.Single(first.Reasons, r => r.Kind == "product");
        Assert.Equal(word + " 明胶空心胶囊", product.Matched);
        Assert.Contains(word + " 明胶空心胶囊", product.Text, StringComparison.Ordinal);
        Assert.Contains("Makes", product.TextEn, StringComparison.Ordinal);
        Assert.Contains(first.Reasons, r => r.Kind == "capacity" && r.Against == "500 吨/年");
        Assert.Equal(first.Score, first.Reasons.Sum(r => r.Weight), 3);
    }

    [Fact]
    public async Task FindGapsForEnterprise_WhenOtherTownsHaveGaps_OffersOnlyTheirStillOpenOnes()
    {
        var word = SearchData.UniqueWord();
        var (home, away) = (new SearchData(host), new SearchData(host));
        var enterprise = home.NewEnterprise(SearchData.Profile("法兰厂" + word, [word + "法兰"]));
        var ownGap = home.Posted(SearchData.Gap(word + "法兰", [word + "法兰"]));
        var (open, filled, withdrawn) = (
            away.Posted(SearchData.Gap(word + "法兰配套", [word + "法兰"])),
            away.Posted(SearchData.Gap(word + "法兰配套", [word + "法兰"]), GapStatus.Filled),
            away.Posted(SearchData.Gap(word + "法兰配套", [word + "法兰"]), GapStatus.Withdrawn));
        await home.SaveAsync(enterprise, ownGap);
        await away.SaveAsync(open, filled, withdrawn);

        var response = await Enterprises().FindGapsForEnterpriseAsync(new FindGapsForEnterpriseRequest { EnterpriseId = enterprise.Id.ToString() });

        var match = Assert.Single(response.Matches);
        Assert.Equal((open.Id.ToString(), away.TownName), (match.GapId, match.TownName));
        Assert.Equal("product", match.Reasons[0].Kind);
    }

    [Fact]
    public async Task FindGapFillers_WhenTheGapIsWithdrawn_IsNotFoundButForItsTown()
    {
        var town = new SearchData(host);
        var gap = town.Posted(SearchData.Gap("撤回的缺口", ["法兰"]), GapStatus.Withdrawn);
        await town.SaveAsync(gap);
        var request = new FindGapFillersRequest { GapId = gap.Id.ToString() };

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => Gaps(TestCaller.Anonymous()).FindGapFillersAsync(request).ResponseAsync);
        var own = await Gaps(TestCaller.Town(town.TownId)).FindGapFillersAsync(request);

        Assert.NotNull(own);
    }

    [Fact]
    public async Task FindGapFillersAndGapsForEnterprise_WhenIdsAreUnknownOrInvalid_FailNotFoundOrInvalidArgument()
    {
        var (gaps, enterprises) = (Gaps(TestCaller.Anonymous()), Enterprises());

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => gaps.FindGapFillersAsync(new FindGapFillersRequest { GapId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => enterprises.FindGapsForEnterpriseAsync(new FindGapsForEnterpriseRequest { EnterpriseId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => gaps.FindGapFillersAsync(new FindGapFillersRequest { GapId = "gap-1", Max = 51 }).ResponseAsync, "gap_id", "max");
        await RpcAssert.InvalidArgumentAsync(() => enterprises.FindGapsForEnterpriseAsync(new FindGapsForEnterpriseRequest { EnterpriseId = "e" }).ResponseAsync, "enterprise_id");
    }

    private EnterprisesService.EnterprisesServiceClient Enterprises() => host.Client<EnterprisesService.EnterprisesServiceClient>(TestCaller.Anonymous());

    private ChainGapsService.ChainGapsServiceClient Gaps(TestCaller caller) => host.Client<ChainGapsService.ChainGapsServiceClient>(caller);
}
