using Grpc.Core;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests.Standby;

/// <summary>The freed place offered one candidate at a time: accept, decline, timeout and the races between them.</summary>
[Collection(ExpoCollection.Name)]
public sealed class StandbyOfferTests(ExpoHost host)
{
    [Fact]
    public async Task AcceptStandbyOffer_WhenTheCandidateAccepts_MakesAMeetingWithThePartnerAtThatTable()
    {
        var (scene, meeting, offer) = await FreedPlaceAsync(candidates: 2);

        var accepted = await scene.AsParticipant(Guid.Parse(offer.OfferedToId)).AcceptStandbyOfferAsync(scene.Answer(offer.Id));

        Assert.Equal("accepted", accepted.Status);
        var created = Guid.Parse(accepted.NewMeetingId);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and status = 'scheduled' and request_id is null and slot_id = $2 and table_id = $3", created, scene.RunningSlot, scene.Tables[0]));
        Assert.Equal(2, await host.CountAsync("select count(*) from meeting_parties where meeting_id = $1 and participant_id = any($2)", created, new[] { scene.Investors[0], Guid.Parse(offer.OfferedToId) }));
        Assert.Equal(3, await host.CountAsync("select count(*) from slot_occupancy where meeting_id = $1", created));
        Assert.Equal(1, await host.CountOutboxAsync("MeetingRefilled", created.ToString()));
        Assert.Equal(1, await host.CountOutboxAsync("StandbyOfferAnswered", offer.Id));
        Assert.Equal(2, await host.CountAsync("select count(*) from notifications where meeting_id = $1 and kind = 'meeting-refilled'", created));
        Assert.Equal(1, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1", meeting));
    }

    [Fact]
    public async Task DeclineStandbyOffer_WhenTheCandidateDeclines_OffersThePlaceToTheNextCandidate()
    {
        var (scene, meeting, offer) = await FreedPlaceAsync(candidates: 2);

        var declined = await scene.AsParticipant(Guid.Parse(offer.OfferedToId)).DeclineStandbyOfferAsync(scene.Answer(offer.Id));

        Assert.Equal("declined", declined.Status);
        Assert.Equal(1, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered' and offered_to_id = $2 and rank = 2", meeting, scene.Towns[2]));
        Assert.Equal(0, await host.CountAsync("select count(*) from meetings where event_id = $1 and status = 'scheduled'", scene.EventId));
    }

    [Fact]
    public async Task StandbyPass_WhenAnOfferTimesOut_ExpiresItOnceAndOffersThePlaceToTheNext_ThenToNobodyAgain()
    {
        var (scene, meeting, offer) = await FreedPlaceAsync(candidates: 2);
        await TestDatabase.ExecuteAsync(host.Database, "update standby_offers set expires_at = now() - interval '1 second' where meeting_id = $1", meeting);

        await Task.WhenAll(scene.PassAsync(), scene.PassAsync());
        await TestDatabase.ExecuteAsync(host.Database, "update standby_offers set expires_at = now() - interval '1 second' where meeting_id = $1 and status = 'offered'", meeting);
        await scene.PassAsync();
        var late = await RpcAssert.FailsAsync(StatusCode.FailedPrecondition, () => scene.AsParticipant(Guid.Parse(offer.OfferedToId)).AcceptStandbyOfferAsync(scene.Answer(offer.Id)).ResponseAsync);

        Assert.Equal("offer-closed", StandbyScene.Rule(late));
        Assert.Equal(2, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'expired'", meeting));
        Assert.Equal(0, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered'", meeting));
        Assert.Equal(1, await host.CountOutboxAsync("StandbyOfferAnswered", offer.Id));
    }

    [Fact]
    public async Task AcceptStandbyOffer_WhenTwoAcceptsOfThePlaceRace_MakesExactlyOneMeeting()
    {
        var (scene, meeting, offer) = await FreedPlaceAsync(candidates: 1);
        var candidate = scene.AsParticipant(Guid.Parse(offer.OfferedToId));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => OutcomeAsync(() => candidate.AcceptStandbyOfferAsync(scene.Answer(offer.Id)).ResponseAsync)));

        Assert.Equal(1, outcomes.Count(o => o == "ok"));
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal("offer-closed", o));
        Assert.Equal(1, await host.CountAsync("select count(*) from standby_offers o join meetings m on m.id = o.new_meeting_id where o.meeting_id = $1", meeting));
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where event_id = $1 and status = 'scheduled'", scene.EventId));
    }

    [Fact]
    public async Task AcceptStandbyOffer_WhenRacingTheExpiry_EitherMakesTheMeetingOrExpiresTheOffer_NeverBoth()
    {
        for (var round = 0; round < 4; round++)
        {
            var (scene, meeting, offer) = await FreedPlaceAsync(candidates: 2);
            await TestDatabase.ExecuteAsync(host.Database, "update standby_offers set expires_at = now() + interval '300 milliseconds' where id = $1", Guid.Parse(offer.Id));
            await Task.Delay(250);

            var accept = OutcomeAsync(() => scene.AsParticipant(Guid.Parse(offer.OfferedToId)).AcceptStandbyOfferAsync(scene.Answer(offer.Id)).ResponseAsync);
            await Task.Delay(50);
            await scene.PassAsync();
            var outcome = await accept;
            await Task.Delay(100);
            await scene.PassAsync();

            var status = await host.CountAsync("select count(*) from standby_offers where id = $1 and status = 'accepted'", Guid.Parse(offer.Id));
            var made = await host.CountAsync("select count(*) from meetings where event_id = $1 and status = 'scheduled'", scene.EventId);
            var next = await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered'", meeting);
            Assert.True(outcome == "ok" ? status == 1 && made == 1 && next == 0 : status == 0 && made == 0 && next == 1, $"round {round}: {outcome}, accepted {status}, meetings {made}, next offers {next}");
        }
    }

    [Fact]
    public async Task AnswerStandbyOffer_WhenAnyoneButTheCandidateAnswers_IsNotFoundAndChangesNothing()
    {
        var (scene, meeting, offer) = await FreedPlaceAsync(candidates: 2);

        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.AsParticipant(scene.Towns[2]).AcceptStandbyOfferAsync(scene.Answer(offer.Id)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.AsParticipant(scene.Investors[0]).DeclineStandbyOfferAsync(scene.Answer(offer.Id)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.AsOrganizer.AcceptStandbyOfferAsync(scene.Answer(offer.Id)).ResponseAsync);
        await RpcAssert.FailsAsync(StatusCode.NotFound, () => scene.As(TestCaller.Organizer()).GetStandbyOfferAsync(new GetStandbyOfferRequest { Id = offer.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync(() => scene.AsOrganizer.AcceptStandbyOfferAsync(new AnswerStandbyOfferRequest { Id = "nope" }).ResponseAsync, "id");
        var seenByPartner = await scene.AsParticipant(scene.Investors[0]).GetStandbyOfferAsync(new GetStandbyOfferRequest { Id = offer.Id });

        Assert.Equal("offered", seenByPartner.Status);
        Assert.Equal(1, await host.CountAsync("select count(*) from standby_offers where meeting_id = $1 and status = 'offered'", meeting));
    }

    /// <summary>A confirmed no-show at table T01 of the running slot, with candidates Towns[1..] checked in (Towns[1] first).</summary>
    private async Task<(StandbyScene Scene, Guid Meeting, StandbyOffer Offer)> FreedPlaceAsync(int candidates)
    {
        var scene = await StandbyScene.CreateAsync(host, investors: 1, towns: candidates + 1);
        var meeting = await scene.PlacedMeetingAsync([scene.Investors[0], scene.Towns[0]], 0);
        await scene.CheckInAtVenueAsync([scene.Investors[0], .. scene.Towns.Skip(1)]);
        var result = await scene.ConfirmAsync(meeting, scene.Towns[0], scene.Investors[0]);
        Assert.Equal(scene.Towns[1].ToString(), result.Offer.OfferedToId);
        return (scene, meeting, result.Offer);
    }

    private static async Task<string> OutcomeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "ok";
        }
        catch (RpcException exception)
        {
            return StandbyScene.Rule(exception) ?? exception.StatusCode.ToString();
        }
    }
}
