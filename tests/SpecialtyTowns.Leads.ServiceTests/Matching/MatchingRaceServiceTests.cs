using Grpc.Core;
using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests.Matching;

/// <summary>What a review found: concurrent marks on one pair, feedback naming someone else's list, and what an enterprise may learn of the town's pipeline.</summary>
[Collection(LeadsCollection.Name)]
public sealed class MatchingRaceServiceTests(LeadsHost host)
{
    private readonly MatchingData _data = new(host);

    [Fact]
    public async Task GiveFeedback_WhenOppositeMarksRaceOnOnePair_NeverFailsAndLeavesOneMark()
    {
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(MatchingData.Keyword());
        var project = (await _data.ProjectAsync(townId, MatchingData.Keyword())).ToString();
        string[] actions = ["save", "not-interested", "unsave", "clear", "save", "not-interested", "save", "unsave"];

        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(actions.Select(a => _data.FeedbackAsync(investor, a, "project", project)));
        }

        var marks = await _data.CountAsync("SELECT count(*) FROM match_marks WHERE organisation_id = $1::uuid AND offer_id = $2::uuid", organisationId, project);
        Assert.True(marks <= 1, $"{marks} marks on one pair: saved and not interested at once");
        Assert.Equal(5 * actions.Length, await _data.CountAsync("SELECT count(*) FROM match_feedback WHERE organisation_id = $1::uuid AND offer_id = $2::uuid", organisationId, project));
    }

    [Fact]
    public async Task GiveFeedback_WhenNamingAnotherOrganisationsImpression_FailsInvalidArgumentAndStoresNothing()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var project = await _data.ProjectAsync(townId, keyword);
        var (other, _) = await _data.OrganisationAsync(keyword);
        var (investor, organisationId) = await _data.OrganisationAsync(keyword);
        var othersList = await _data.InvestorListShowingAsync(other, "project", project);
        var ownList = await _data.InvestorListShowingAsync(investor, "project", project);

        var error = await Assert.ThrowsAsync<RpcException>(() => _data.FeedbackAsync(investor, "save", "project", project.ToString(), r => r.ImpressionId = othersList.ImpressionId));
        var own = await _data.FeedbackAsync(investor, "save", "project", project.ToString(), r => r.ImpressionId = ownList.ImpressionId);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("impression_id", error.Trailers.ToString() + error.Status.Detail, StringComparison.Ordinal);
        Assert.True(own.Saved);
        Assert.Equal(1, await _data.CountAsync("SELECT count(*) FROM match_feedback WHERE organisation_id = $1::uuid", organisationId));
    }

    [Fact]
    public async Task GapEnterprise_WhenTheTownHasALeadOnTheGap_LearnsNeitherTheLeadNorWhoIsInIt()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var enterpriseId = Guid.NewGuid();
        var gap = await _data.GapAsync(townId, enterpriseId, keyword);
        var (_, control) = await _data.OrganisationAsync(keyword);
        var (leadInvestor, withLead) = await _data.OrganisationAsync(keyword);
        var lead = await _data.Leads.Client(leadInvestor).CreateLeadAsync(new CreateLeadRequest { TownId = townId.ToString(), GapId = gap.ToString(), Message = "想投资" });
        var enterprise = TestCaller.Enterprise(enterpriseId);

        var list = await _data.InvestorsShowingAsync(enterprise, new RecommendInvestorsRequest { GapId = gap.ToString() }, control);
        var error = await Assert.ThrowsAsync<RpcException>(() => _data.FeedbackAsync(enterprise, "express-interest", "investor", withLead, r => r.GapId = gap.ToString()));
        var town = await _data.InvestorsShowingAsync(TestCaller.Town(townId), new RecommendInvestorsRequest { GapId = gap.ToString() }, control);

        Assert.Empty(list.ExistingLeads);
        Assert.DoesNotContain(list.Items, i => i.Id == withLead);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.DoesNotContain(lead.Id, error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(lead.Id, Assert.Single(town.ExistingLeads).LeadId);
    }
}
