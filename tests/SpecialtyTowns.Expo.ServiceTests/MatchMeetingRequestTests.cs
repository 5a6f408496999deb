using SpecialtyTowns.Leads.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Leads' MatchMeetingRequested becomes one request between the event's registrations, or a recorded reason why not.</summary>
[Collection(ExpoCollection.Name)]
public sealed class MatchMeetingRequestTests(ExpoHost host)
{
    [Fact]
    public async Task Consume_WhenBothSidesAreApproved_MakesOneRequestFromTheInvestorEvenIfDeliveredTwice()
    {
        var scene = await RequestScene.CreateAsync(host);
        var organisationId = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(host.Database, "update participants set organisation_id = $1 where id = $2", organisationId, scene.Investor(0).Id);
        var match = Match(scene, organisationId, scene.Town(0).Caller.TownId!.Value, "investor");

        await host.PublishAsync(match);
        await host.PublishAsync(match);

        await Eventually.TrueAsync(async () => await CountAsync(match.FeedbackId) == 1, TimeSpan.FromSeconds(20), "the match request");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await CountAsync(match.FeedbackId));
        Assert.Equal(1, await host.CountAsync("select count(*) from meeting_requests where source_id = $1 and from_participant_id = $2", match.FeedbackId, scene.Investor(0).Id));
        Assert.Equal(1, await host.CountAsync("select count(*) from notifications where participant_id = $1 and kind = 'request-received'", scene.Town(0).Id));
    }

    [Fact]
    public async Task Consume_WhenTheTownIsNotRegistered_MakesNoRequestAndRecordsWhy()
    {
        var scene = await RequestScene.CreateAsync(host);
        var organisationId = Guid.NewGuid();
        await TestDatabase.ExecuteAsync(host.Database, "update participants set organisation_id = $1 where id = $2", organisationId, scene.Investor(0).Id);
        var match = Match(scene, organisationId, Guid.NewGuid(), "town");

        await host.PublishAsync(match);

        await Eventually.TrueAsync(async () => await host.CountOutboxAsync("MatchMeetingRequestSkipped", match.FeedbackId.ToString()) == 1, TimeSpan.FromSeconds(20), "the skip");
        Assert.Equal(0, await CountAsync(match.FeedbackId));
        Assert.Equal(1, await host.CountAsync("select count(*) from outbox_messages where payload::text like $1", "%sender-not-registered%" + match.FeedbackId + "%"));
    }

    private static MatchMeetingRequested Match(RequestScene scene, Guid organisationId, Guid townId, string side) =>
        new(Guid.NewGuid(), scene.EventId, side, organisationId, "project", Guid.NewGuid(), townId, "想了解园区政策", "investor", DateTimeOffset.UtcNow);

    private Task<long> CountAsync(Guid feedbackId) => host.CountAsync("select count(*) from meeting_requests where source = 'match' and source_id = $1", feedbackId);
}
