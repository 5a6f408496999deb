using SpecialtyTowns.Leads.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests.Matching;

/// <summary>Feedback from both sides: marks, the log and its events, leads made once, meetings only at known events, bad input storing nothing.</summary>
[Collection(LeadsCollection.Name)]
public sealed class MatchingFeedbackServiceTests(LeadsHost host)
{
    private readonly MatchingData _data = new(host);

    [Fact]
    public async Task GiveFeedback_WhenSavedTwiceWithOneRequestIdThenUnsaved_LogsEachRequestOnceWithItsEvent()
    {
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(MatchingData.Keyword());
        var project = (await _data.ProjectAsync(townId, MatchingData.Keyword())).ToString();

        var saved = await _data.FeedbackAsync(investor, "save", "project", project, r => r.RequestId = "save-1");
        var replayed = await _data.FeedbackAsync(investor, "save", "project", project, r => r.RequestId = "save-1");
        var marks = await _data.CountAsync("SELECT count(*) FROM match_marks WHERE organisation_id = $1::uuid AND offer_id = $2::uuid AND mark = 'Saved' AND side = 'Investor'", organisationId, project);
        var unsaved = await _data.FeedbackAsync(investor, "unsave", "project", project);

        Assert.Equal(saved, replayed);
        Assert.True(saved.Saved);
        Assert.False(unsaved.Saved);
        Assert.Equal(1, marks);
        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM match_marks WHERE organisation_id = $1::uuid AND offer_id = $2::uuid", organisationId, project));
        Assert.Equal(2, await _data.CountAsync("SELECT count(*) FROM match_feedback WHERE organisation_id = $1::uuid AND offer_id = $2::uuid", organisationId, project));
        Assert.Equal(1, await _data.CountOutboxAsync("RecommendationFeedbackGiven", saved.FeedbackId));
        Assert.Equal(1, await _data.CountOutboxAsync("RecommendationFeedbackGiven", unsaved.FeedbackId));
    }

    [Fact]
    public async Task GiveFeedback_WhenTwoExpressInterestAtOnce_MakesOneLeadAndReturnsItToBoth()
    {
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(MatchingData.Keyword());
        var project = (await _data.ProjectAsync(townId, MatchingData.Keyword())).ToString();

        var both = await Task.WhenAll(
            _data.FeedbackAsync(investor, "express-interest", "project", project, r => r.RequestId = "interest-a"),
            _data.FeedbackAsync(investor, "express-interest", "project", project, r => r.RequestId = "interest-b"));

        Assert.NotEmpty(both[0].LeadId);
        Assert.Equal(both[0].LeadId, both[1].LeadId);
        Assert.Equal(1, await _data.CountAsync("SELECT count(*) FROM leads WHERE organisation_id = $1::uuid AND project_id = $2::uuid", organisationId, project));
        Assert.Equal(1, await _data.CountOutboxAsync("LeadCreated", both[0].LeadId));
        Assert.Equal(2, await _data.CountAsync("SELECT count(*) FROM match_feedback WHERE lead_id = $1::uuid AND action = 'express-interest'", both[0].LeadId));
        var lead = await _data.Leads.Client(investor).GetLeadAsync(new GetLeadRequest { Id = both[0].LeadId });
        Assert.Equal(("recommendation", project), (lead.Source, lead.ProjectId));
    }

    [Fact]
    public async Task GiveFeedback_WhenTownExpressesInterest_EntersOneLeadOnlyWithConsent()
    {
        var townId = await _data.Leads.KnownTownAsync();
        var project = (await _data.ProjectAsync(townId, MatchingData.Keyword())).ToString();
        var (_, consenting) = await _data.OrganisationAsync(MatchingData.Keyword());
        var (_, withoutConsent) = await _data.OrganisationAsync(MatchingData.Keyword(), consent: false);
        var town = TestCaller.Town(townId);

        var first = await _data.FeedbackAsync(town, "express-interest", "investor", consenting, r => r.ProjectId = project);
        var again = await _data.FeedbackAsync(town, "express-interest", "investor", consenting, r => r.ProjectId = project);

        Assert.Equal(first.LeadId, again.LeadId);
        var lead = await _data.Leads.Client(town).GetLeadAsync(new GetLeadRequest { Id = first.LeadId });
        Assert.Equal((consenting, townId.ToString(), "recommendation"), (lead.OrganisationId, lead.TownId, lead.Source));
        await LeadsData.RefusedAsync("match-consent-required", () => _data.FeedbackAsync(town, "express-interest", "investor", withoutConsent, r => r.ProjectId = project));
        await RpcAssert.FailsAsync(Grpc.Core.StatusCode.PermissionDenied, () => _data.FeedbackAsync(TestCaller.Town(Guid.NewGuid()), "save", "investor", consenting, r => r.ProjectId = project));
        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM leads WHERE organisation_id = $1::uuid", withoutConsent));
    }

    [Fact]
    public async Task GiveFeedback_WhenRequestingAMeeting_PublishesItOnlyForAKnownEventThatIsNotOver()
    {
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(MatchingData.Keyword());
        var running = (await _data.ExpoEventAsync(endsInDays: 2)).ToString();
        var over = (await _data.ExpoEventAsync(endsInDays: -1)).ToString();

        var requested = await _data.FeedbackAsync(investor, "request-meeting", "town", townId.ToString(), r => (r.EventId, r.Message) = (running, "博览会上见"));

        Assert.Equal(1, await _data.CountOutboxAsync("MatchMeetingRequested", requested.FeedbackId));
        Assert.Equal(1, await _data.CountOutboxAsync("RecommendationFeedbackGiven", requested.FeedbackId));
        await LeadsData.RefusedAsync("match-meeting-event", () => _data.FeedbackAsync(investor, "request-meeting", "town", townId.ToString(), r => r.EventId = over));
        await LeadsData.RefusedAsync("match-meeting-event", () => _data.FeedbackAsync(investor, "request-meeting", "town", townId.ToString(), r => r.EventId = Guid.NewGuid().ToString()));
        Assert.Equal(1, await _data.CountAsync("SELECT count(*) FROM match_feedback WHERE organisation_id = $1::uuid", organisationId));
    }

    [Fact]
    public async Task GiveFeedback_WhenEveryFieldIsBad_NamesEachFieldAndStoresNothing()
    {
        var townId = await _data.Leads.KnownTownAsync();
        var (investor, organisationId) = await _data.OrganisationAsync(MatchingData.Keyword());
        var bad = new GiveFeedbackRequest
        {
            Action = "like",
            Kind = "village",
            ItemId = "p-1",
            ProjectId = townId.ToString(),
            EventId = "e-1",
            Message = new string('话', 2001),
            ImpressionId = "i-1",
        };

        await RpcAssert.InvalidArgumentAsync(() => _data.Matching(investor).GiveFeedbackAsync(bad).ResponseAsync, "action", "kind", "item_id", "project_id", "event_id", "message", "impression_id");
        await RpcAssert.InvalidArgumentAsync(
            () => _data.FeedbackAsync(TestCaller.Town(townId), "save", "investor", organisationId, r => (r.ProjectId, r.TownId) = (Guid.NewGuid().ToString(), townId.ToString())), "town_id");
        await RpcAssert.InvalidArgumentAsync(() => _data.FeedbackAsync(investor, "request-meeting", "town", townId.ToString()), "event_id");
        await RpcAssert.InvalidArgumentAsync(() => _data.Matching(investor).RecommendForInvestorAsync(new RecommendForInvestorRequest { Kind = "village", Limit = 101, OrganisationId = "o" }).ResponseAsync, "kind", "limit", "organisation_id");
        await RpcAssert.InvalidArgumentAsync(() => _data.Matching(TestCaller.Town(townId)).RecommendInvestorsAsync(new RecommendInvestorsRequest()).ResponseAsync, "project_id");

        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM match_feedback WHERE organisation_id = $1::uuid", organisationId));
        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM match_marks WHERE organisation_id = $1::uuid", organisationId));
        Assert.Equal(0, await _data.CountAsync("SELECT count(*) FROM match_impressions WHERE organisation_id = $1::uuid", organisationId));
    }
}
