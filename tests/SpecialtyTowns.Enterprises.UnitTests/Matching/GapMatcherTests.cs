using SpecialtyTowns.Bench.Data;
using SpecialtyTowns.Enterprises.Application.Matching;
using SpecialtyTowns.Enterprises.Domain;
using SpecialtyTowns.Enterprises.Domain.Gaps;
using SpecialtyTowns.Enterprises.Domain.Matching;

namespace SpecialtyTowns.Enterprises.UnitTests.Matching;

public sealed class GapMatcherTests
{
    private static readonly Guid GapTown = Guid.NewGuid();
    private static readonly Guid[] Towns = [GapTown, .. Enumerable.Range(0, 19).Select(_ => Guid.NewGuid())];
    private static readonly GapMatcher Matcher = new(MatchingWeights.Default);

    [Fact]
    public void RankFillers_WhenAPlantedEnterpriseMatchesAmongGeneratedOnes_RanksItFirst()
    {
        var gap = CapsuleGap();
        var planted = Offer(Towns[7], "晋城明胶空心胶囊有限公司", ["明胶空心胶囊", "hollow gelatin capsule"], ["GMP"], new Capacity("明胶空心胶囊", 800m, "吨/年"), "C27");
        var generated = SyntheticEnterpriseGenerator.Enterprises(Towns, 3000).Select(MatchingProfiles.Of).ToList();

        var fillers = Matcher.RankFillers(gap, [.. generated.Take(1500), planted, .. generated.Skip(1500)], 10);

        Assert.Equal(planted.EnterpriseId, fillers[0].Enterprise.EnterpriseId);
        Assert.True(fillers.Count > 1, "generated capsule makers should follow");
        Assert.True(fillers[0].Score > fillers[1].Score);
    }

    [Fact]
    public void RankFillers_WhenThePlantedEnterpriseMatches_ItsReasonsNameWhatMatchedInChineseAndEnglish()
    {
        var gap = CapsuleGap();
        var planted = Offer(Towns[3], "晋城明胶空心胶囊有限公司", ["明胶空心胶囊"], ["GMP"], new Capacity("明胶空心胶囊", 800m, "吨/年"), "C27");

        var reasons = Matcher.RankFillers(gap, [planted], 10).Single().Reasons.ToDictionary(r => r.Kind);

        Assert.Equal(["product", "capability", "capacity", "industry"], reasons.Keys);
        Assert.Equal(("明胶空心胶囊", "明胶空心胶囊"), (reasons["product"].Matched, reasons["product"].Against));
        Assert.Contains("明胶空心胶囊", reasons["product"].Text, StringComparison.Ordinal);
        Assert.StartsWith("Makes “明胶空心胶囊”", reasons["product"].TextEn, StringComparison.Ordinal);
        Assert.Equal("GMP", reasons["capability"].Matched);
        Assert.Contains("需GMP认证", reasons["capability"].Against, StringComparison.Ordinal);
        Assert.Equal(("800 吨/年 明胶空心胶囊", "500 吨/年"), (reasons["capacity"].Matched, reasons["capacity"].Against));
        Assert.Contains("缺口年需求 500 吨/年", reasons["capacity"].Text, StringComparison.Ordinal);
        Assert.Contains("against the gap's 500 吨/年", reasons["capacity"].TextEn, StringComparison.Ordinal);
        Assert.Equal("Same industry: C27 Pharmaceuticals", reasons["industry"].TextEn);
        Assert.Equal(0.9, reasons.Values.Sum(r => r.Weight), 3);
    }

    [Fact]
    public void RankFillers_WhenTheBestMatchIsOfTheGapsOwnTown_LeavesItOut()
    {
        var gap = CapsuleGap();
        var sameTown = Offer(GapTown, "本镇胶囊厂", ["明胶空心胶囊"], [], null, "C27");
        var elsewhere = Offer(Towns[2], "外地胶囊厂", ["胶囊"], [], null, "C27");

        var fillers = Matcher.RankFillers(gap, [sameTown, elsewhere], 10);

        Assert.Equal([elsewhere.EnterpriseId], fillers.Select(f => f.Enterprise.EnterpriseId));
    }

    [Fact]
    public void Fit_WhenOnlyTheIndustryIsShared_IsNoFit()
    {
        var gap = CapsuleGap();
        var sameIndustry = Offer(Towns[4], "某制药厂", ["片剂"], ["ISO 13485"], null, "C27");

        var fit = Matcher.Fit(gap, sameIndustry);

        Assert.Null(fit);
    }

    [Fact]
    public void Fit_WhenCapacityIsInAnotherUnitOrSmaller_CountsLess()
    {
        var gap = CapsuleGap();
        var covering = Offer(Towns[1], "甲", ["明胶空心胶囊"], [], new Capacity("明胶空心胶囊", 500m, "吨"), null);
        var half = Offer(Towns[1], "乙", ["明胶空心胶囊"], [], new Capacity("明胶空心胶囊", 250m, "吨/年"), null);
        var otherUnit = Offer(Towns[1], "丙", ["明胶空心胶囊"], [], new Capacity("明胶空心胶囊", 9000m, "万粒/年"), null);

        var weights = new[] { covering, half, otherUnit }.Select(o => Matcher.Fit(gap, o)!.Reasons.Single(r => r.Kind == MatchReasonKinds.Capacity).Weight).ToList();

        Assert.Equal([0.15, 0.075, 0.0375], weights);
    }

    [Fact]
    public void Fit_WhenTheWeightsAreConfigured_UsesThem()
    {
        var matcher = new GapMatcher(MatchingWeights.Default with { Product = 1.0, Capability = 0, Capacity = 0, Industry = 0, Text = 0 });
        var planted = Offer(Towns[3], "甲", ["明胶空心胶囊"], ["GMP"], new Capacity("明胶空心胶囊", 800m, "吨/年"), "C27");

        var fit = matcher.Fit(CapsuleGap(), planted)!;

        Assert.Equal(1.0, fit.Score, 3);
        Assert.Equal([MatchReasonKinds.Product], fit.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void RankGaps_WhenGapsAreOfItsTownFilledOrWithdrawn_OffersOnlyOtherTownsStillOpenGaps()
    {
        var enterprise = Offer(Towns[5], "晋城明胶空心胶囊有限公司", ["明胶空心胶囊"], [], null, "C27");
        var own = CapsuleGap() with { GapId = Guid.NewGuid(), TownId = Towns[5] };
        var (open, talks, filled, withdrawn) = (CapsuleGap() with { GapId = Guid.NewGuid() }, CapsuleGap() with { GapId = Guid.NewGuid() }, CapsuleGap() with { GapId = Guid.NewGuid() }, CapsuleGap() with { GapId = Guid.NewGuid() });

        var gaps = Matcher.RankGaps(enterprise, [(own, GapStatus.Open), (open, GapStatus.Open), (talks, GapStatus.InTalks), (filled, GapStatus.Filled), (withdrawn, GapStatus.Withdrawn)], 10);

        Assert.Equal(new[] { open.GapId, talks.GapId }.Order(), gaps.Select(g => g.Gap.GapId).Order());
    }

    [Fact]
    public void RankFillers_WhenEnglishOnly_MatchesStemmedWords()
    {
        var gap = CapsuleGap() with { Keywords = ["flange forging"], Title = "法兰锻件", TitleEn = "Flange forgings" };
        var forge = Offer(Towns[9], "Forge works", ["forged flanges"], [], null, null);

        var fit = Matcher.RankFillers(gap, [forge], 5).Single();

        Assert.Equal(("forged flanges", "flange forging"), (fit.Reasons[0].Matched, fit.Reasons[0].Against));
    }

    private static GapNeed CapsuleGap() => new(
        Guid.NewGuid(), GapTown, "寻求明胶空心胶囊配套", "Seeking hollow gelatin capsules", ["明胶空心胶囊", "hollow gelatin capsule"],
        "园区药企需要空心胶囊", null, "需GMP认证，药用级", 500m, "吨/年", "C27", "制剂", ["胶囊"]);

    private static EnterpriseOffer Offer(Guid town, string name, string[] products, string[] certifications, Capacity? capacity, string? industry) => new(
        Guid.NewGuid(), town, name, null, products, certifications, [], capacity is null ? [] : [capacity], industry, null, null, false);
}
