using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Standby;

/// <summary>
/// Leads' two-sided match scores, received over the broker, decide who is offered a freed place first;
/// a checked-in, free participant with neither a request nor a match with the partner is offered nothing.
/// </summary>
[Collection(ExpoCollection.Name)]
public sealed class StandbyMatchTests(ExpoHost host)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ConfirmNoShow_WhenLeadsScoredTheCandidates_OffersThePlaceToTheBestTwoSidedMatchWithItsReasons()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 4, matched: false);
        var partner = scene.Investors[0];
        var meeting = await scene.PlacedMeetingAsync([partner, scene.Towns[0]], 0);
        await scene.CheckInAtVenueAsync([partner, .. scene.Towns.Skip(1)]);
        await ScoredAsync(scene, partner, (scene.Towns[1], 35.5), (scene.Towns[2], 82.0));

        var result = await scene.ConfirmAsync(meeting, scene.Towns[0], partner);

        Assert.Equal(scene.Towns[2].ToString(), result.Offer.OfferedToId);
        Assert.Equal("two-sided-match", result.Offer.Reason);
        Assert.True(result.Offer.HasMatchScore);
        Assert.Equal(82.0, result.Offer.MatchScore);
        Assert.Equal("行业匹配：金属制品业；投资额度相符", result.Offer.MatchReason);
        Assert.Equal("Industry fits: metal products; Ticket fits", result.Offer.MatchReasonEn);
        Assert.Equal(1, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and match_score = 82 and match_reason_en like 'Industry%'", meeting));
    }

    [Fact]
    public async Task DeclineStandbyOffer_WhenTheBestMatchDeclines_OffersTheNextMatchAndNeverTheUnmatchedCandidate()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 4, matched: false);
        var partner = scene.Investors[0];
        var meeting = await scene.PlacedMeetingAsync([partner, scene.Towns[0]], 0);
        // Towns[3] checked in first but neither asked to meet the partner nor matches it.
        await scene.CheckInAtVenueAsync([scene.Towns[3], partner, scene.Towns[1], scene.Towns[2]]);
        await ScoredAsync(scene, partner, (scene.Towns[1], 60.0), (scene.Towns[2], 20.0));
        var first = (await scene.ConfirmAsync(meeting, scene.Towns[0], partner)).Offer;

        await scene.AsParticipant(scene.Towns[1]).DeclineStandbyOfferAsync(scene.Answer(first.Id));
        var second = await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered' and offered_to_id = $2 and rank = 2", meeting, scene.Towns[2]);
        var open = await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered'", meeting);
        var offer = await scene.AsParticipant(scene.Towns[2]).GetStandbyOfferAsync(new GetStandbyOfferRequest { Id = await OpenOfferAsync(meeting) });
        await scene.AsParticipant(scene.Towns[2]).DeclineStandbyOfferAsync(scene.Answer(offer.Id));

        Assert.Equal(scene.Towns[1].ToString(), first.OfferedToId);
        Assert.Equal(1, second);
        Assert.Equal(1, open);
        Assert.Equal(20.0, offer.MatchScore);
        Assert.Equal(0, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered'", meeting));
        Assert.Equal(0, await host.CountAsync("select count(*) from standby_offers where offered_to_id = $1", scene.Towns[3]));
    }

    [Fact]
    public async Task Consume_WhenAPairIsScoredAgain_KeepsTheNewerScoreOncePerDirectionAndDropsUnknownParticipants()
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: 1, matched: false);
        var (investor, town) = (scene.Investors[0], scene.Towns[0]);
        var at = DateTimeOffset.UtcNow;
        var stranger = Guid.NewGuid();
        await host.PublishAsync(new ExpoMatchesScored(scene.EventId, investor, [Score(investor, town, 70), Score(investor, stranger, 90)], at));
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from standby_matches where event_id = $1", scene.EventId) == 2, Wait, "the first scores");

        await host.PublishAsync(new ExpoMatchesScored(scene.EventId, town, [Score(town, investor, 45)], at.AddMinutes(1)));
        await host.PublishAsync(new ExpoMatchesScored(scene.EventId, investor, [Score(investor, town, 99)], at.AddMinutes(-1)));

        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from standby_matches where event_id = $1 and score = 45", scene.EventId) == 2, Wait, "the newer score");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await host.CountAsync("select count(*) from standby_matches where event_id = $1", scene.EventId));
        Assert.Equal(0, await host.CountAsync("select count(*) from standby_matches where event_id = $1 and score <> 45", scene.EventId));
        Assert.Equal(0, await host.CountAsync("select count(*) from standby_matches where other_participant_id = $1 or participant_id = $1", stranger));
    }

    private static ExpoMatchScore Score(Guid one, Guid other, double score) =>
        new(one, other, score, "行业匹配：金属制品业；投资额度相符", "Industry fits: metal products; Ticket fits");

    /// <summary>Leads scores the partner against the candidates, and Expo has kept every score (both directions).</summary>
    private async Task ScoredAsync(StandbyScene scene, Guid partner, params (Guid Candidate, double Score)[] scores)
    {
        await host.PublishAsync(new ExpoMatchesScored(scene.EventId, partner, [.. scores.Select(s => Score(partner, s.Candidate, s.Score))], DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(
            async () => await host.CountAsync("select count(*) from standby_matches where event_id = $1", scene.EventId) == scores.Length * 2,
            Wait,
            "the match scores kept by Expo");
    }

    private async Task<string> OpenOfferAsync(Guid meeting) =>
        (await TestDatabase.GuidAsync(host.Database, "select id from standby_offers where meeting_id = $1 and status = 'offered'", meeting)).ToString();
}
