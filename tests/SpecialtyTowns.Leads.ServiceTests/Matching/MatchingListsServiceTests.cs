using Grpc.Core;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests.Matching;

/// <summary>Both directions' lists on the real engine: the database's exclusions, existing leads apart, ownership, public fields only.</summary>
[Collection(LeadsCollection.Name)]
public sealed class MatchingListsServiceTests(LeadsHost host)
{
    private readonly MatchingData _data = new(host);

    [Fact]
    public async Task RecommendForInvestor_WhenPairsAreExcludedOrHaveLeads_ShowsNeitherAndListsOpenLeadsApart()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(keyword);
        var control = await _data.ProjectAsync(townId, keyword);
        var investorNotInterested = await _data.ProjectAsync(townId, keyword);
        var townNotInterested = await _data.ProjectAsync(townId, keyword);
        var declined = await _data.ProjectAsync(townId, keyword);
        var open = await _data.ProjectAsync(townId, keyword);
        await _data.FeedbackAsync(investor, "not-interested", "project", investorNotInterested.ToString());
        await _data.FeedbackAsync(TestCaller.Town(townId), "not-interested", "investor", organisationId, r => r.ProjectId = townNotInterested.ToString());
        var lost = await _data.Leads.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), ProjectId = declined.ToString(), Message = "想投资" });
        await _data.Leads.MoveAsync(lost, "lost", LeadsData.Complete());
        var openLead = await _data.Leads.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), ProjectId = open.ToString(), Message = "想投资" });

        var list = await _data.InvestorListShowingAsync(investor, "project", control);

        var shown = list.Items.Select(i => i.Id).ToList();
        Assert.DoesNotContain(investorNotInterested.ToString(), shown);
        Assert.DoesNotContain(townNotInterested.ToString(), shown);
        Assert.DoesNotContain(declined.ToString(), shown);
        Assert.DoesNotContain(open.ToString(), shown);
        var existing = Assert.Single(list.ExistingLeads);
        Assert.Equal((open.ToString(), openLead.Id, "lead", "project"), (existing.Id, existing.LeadId, existing.Stage, existing.Kind));
        Assert.Equal(organisationId, list.OrganisationId);
    }

    [Fact]
    public async Task RecommendForInvestor_WhenServed_StoresTheImpressionAndPublishesRecommendationsShown()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, _) = await _data.OrganisationAsync(keyword);
        var project = await _data.ProjectAsync(townId, keyword);
        var first = await _data.InvestorListShowingAsync(investor, "project", project);

        var list = await _data.Matching(investor).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "project", Limit = 100 });

        Assert.NotEqual(first.ImpressionId, list.ImpressionId);
        Assert.Equal(1, await _data.CountAsync("SELECT count(*) FROM match_impressions WHERE id = $1::uuid AND side = 'Investor' AND list = 'projects'", list.ImpressionId));
        Assert.Equal(1, await _data.CountOutboxAsync("RecommendationsShown", list.ImpressionId));
        Assert.Equal(
            await _data.CountAsync("SELECT count(*) FROM match_impressions WHERE items::text LIKE $1", "%" + project + "%"),
            await _data.CountOutboxAsync("RecommendationsShown", project.ToString()));
        var item = list.Items.Single(i => i.Id == project.ToString());
        Assert.InRange(item.Score, 0.1, 100);
        Assert.NotEmpty(item.Reasons);
        Assert.All(item.Reasons, r => Assert.Contains(r.Side, new[] { "investor", "town" }));
    }

    [Fact]
    public async Task RecommendForInvestor_WhenGapsAndTownsAreAsked_ShowsTheirCardsWithTheTownAndAnAdminSeesTheSameList()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(keyword);
        await _data.ProjectAsync(townId, keyword);
        var gap = await _data.GapAsync(townId, null, keyword);

        var gaps = await _data.InvestorListShowingAsync(investor, "gap", gap);
        var towns = await _data.InvestorListShowingAsync(investor, "town", townId);
        var asAdmin = await _data.Matching(TestCaller.Admin()).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "gap", Limit = 100, OrganisationId = organisationId });

        var gapCard = gaps.Items.Single(i => i.Id == gap.ToString());
        var townCard = towns.Items.Single(i => i.Id == townId.ToString());
        Assert.Equal(("gap", townId.ToString(), "C3311", "Forging blanks wanted", "太原市"), (gapCard.Kind, gapCard.TownId, gapCard.IndustryCode, gapCard.TitleEn, gapCard.City));
        Assert.StartsWith("测试镇", gapCard.TownName);
        Assert.Equal(("town", townCard.TownName), (townCard.Kind, townCard.Title));
        Assert.Contains(asAdmin.Items, i => i.Id == gap.ToString());
        Assert.Equal(organisationId, asAdmin.OrganisationId);
    }

    [Fact]
    public async Task RecommendForInvestor_WhenNoOrganisationOrOtherOrganisation_IsRefused()
    {
        var (investor, _) = await _data.OrganisationAsync(MatchingData.Keyword());
        var (_, other) = await _data.OrganisationAsync(MatchingData.Keyword());

        await LeadsData.RefusedAsync("investor-organisation-required", () => _data.Matching(TestCaller.Investor()).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "town" }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Matching(investor).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "town", OrganisationId = other }).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Matching(TestCaller.Town(Guid.NewGuid())).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "town" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => _data.Matching(TestCaller.Admin()).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "town" }).ResponseAsync, "organisation_id");
    }

    [Fact]
    public async Task RecommendInvestors_WhenOrganisationsDifferInConsentAndLeads_ShowsOnlyConsentingPublicFieldsAndNoOtherTownsLeads()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var otherTown = await _data.Leads.KnownTownAsync();
        var project = await _data.ProjectAsync(townId, keyword);
        var otherProject = await _data.ProjectAsync(otherTown, keyword);
        var (investor, consenting) = await _data.OrganisationAsync(keyword);
        var (silent, withoutConsent) = await _data.OrganisationAsync(keyword, consent: false);
        var otherTownsLead = await _data.Leads.Client(investor).CreateLeadAsync(new CreateLeadRequest { TownId = otherTown.ToString(), ProjectId = otherProject.ToString(), Message = "想投资" });
        var town = TestCaller.Town(townId);

        var list = await _data.InvestorsShowingAsync(town, new RecommendInvestorsRequest { ProjectId = project.ToString() }, consenting);

        Assert.DoesNotContain(list.Items, i => i.Id == withoutConsent);
        Assert.Empty(list.ExistingLeads);
        Assert.Equal(("project", project.ToString()), (list.Kind, list.OfferId));
        var text = list.ToString();
        Assert.DoesNotContain(otherTownsLead.Id, text);
        Assert.DoesNotContain("13912345678", text);
        Assert.DoesNotContain("planted@example.com", text);
        Assert.DoesNotContain("推荐联系人", text);
        await _data.InvestorListShowingAsync(silent, "project", project);
    }

    [Fact]
    public async Task RecommendInvestors_WhenNotTheOffersTownOrEnterprise_FailsPermissionDenied()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var project = await _data.ProjectAsync(townId, keyword);
        var enterpriseId = Guid.NewGuid();
        var gap = await _data.GapAsync(townId, enterpriseId, keyword);
        var forProject = new RecommendInvestorsRequest { ProjectId = project.ToString() };
        var forGap = new RecommendInvestorsRequest { GapId = gap.ToString() };

        var own = await _data.Matching(TestCaller.Enterprise(enterpriseId)).RecommendInvestorsAsync(forGap);
        var asTown = await _data.Matching(TestCaller.Town(townId)).RecommendInvestorsAsync(new RecommendInvestorsRequest { TownId = townId.ToString() });

        Assert.Equal(gap.ToString(), own.OfferId);
        Assert.Equal("town", asTown.Kind);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Matching(TestCaller.Town(Guid.NewGuid())).RecommendInvestorsAsync(forProject).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Matching(TestCaller.Enterprise(enterpriseId)).RecommendInvestorsAsync(forProject).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Matching(TestCaller.Enterprise(Guid.NewGuid())).RecommendInvestorsAsync(forGap).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.PermissionDenied, () => _data.Matching(TestCaller.Investor()).RecommendInvestorsAsync(forProject).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => _data.Matching(TestCaller.Admin()).RecommendInvestorsAsync(new RecommendInvestorsRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task RecommendInvestors_WhenTheTownSideMarkedOrHasALead_ShowsItApartOrNotAtAll()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var project = await _data.ProjectAsync(townId, keyword);
        var (_, control) = await _data.OrganisationAsync(keyword);
        var (notInterestedInvestor, investorSide) = await _data.OrganisationAsync(keyword);
        var (_, townSide) = await _data.OrganisationAsync(keyword);
        var (leadInvestor, withLead) = await _data.OrganisationAsync(keyword);
        var town = TestCaller.Town(townId);
        await _data.FeedbackAsync(notInterestedInvestor, "not-interested", "project", project.ToString());
        await _data.FeedbackAsync(town, "not-interested", "investor", townSide, r => r.ProjectId = project.ToString());
        var lead = await _data.Leads.Client(leadInvestor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), ProjectId = project.ToString(), Message = "想投资" });

        var list = await _data.InvestorsShowingAsync(town, new RecommendInvestorsRequest { ProjectId = project.ToString() }, control);

        Assert.DoesNotContain(list.Items, i => i.Id == investorSide || i.Id == townSide || i.Id == withLead);
        var existing = Assert.Single(list.ExistingLeads);
        Assert.Equal((withLead, lead.Id, "investor"), (existing.Id, existing.LeadId, existing.Kind));
    }
}
