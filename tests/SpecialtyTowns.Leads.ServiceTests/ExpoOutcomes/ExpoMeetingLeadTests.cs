using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests.ExpoOutcomes;

/// <summary>A held expo meeting creates or advances the lead of its investor organisation and town, exactly once per meeting.</summary>
[Collection(LeadsCollection.Name)]
public sealed class ExpoMeetingLeadTests(LeadsHost host)
{
    private const string Consumer = "leads.pipeline.meeting-outcome-recorded";

    private readonly LeadsData _data = new(host);
    private readonly DirectoryData _directory = new(host);

    [Fact]
    public async Task Consume_WhenAHeldMeetingIsRecordedTwiceAndRedelivered_CreatesOneLeadWithTheMeetingOnItsTimelineOnce()
    {
        var townId = await _data.KnownTownAsync();
        var (investor, organisationId) = await _data.InvestorAsync();
        var meeting = Outcome(Guid.Parse(investor.Subject), organisationId, townId, held: true, "follow-up");
        var redelivered = Guid.NewGuid();

        var other = Guid.NewGuid();

        await host.PublishAsync(meeting, redelivered);
        await host.PublishAsync(meeting with { ParticipantId = meeting.Parties[1].ParticipantId, NextStep = "none" }, other);
        await host.PublishAsync(meeting, redelivered);
        await _directory.DeliverAsync(meeting with { Version = 2 }, Consumer);
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from inbox_messages where consumer = $1 and message_id in ($2, $3)", Consumer, redelivered, other) == 2, TimeSpan.FromSeconds(20), "every outcome handled");

        Assert.Equal(1, await host.CountAsync("select count(*) from leads where organisation_id = $1 and town_id = $2 and source = 'ExpoMeeting' and stage = 'Contacted' and investor_user_id = $3", organisationId, townId, Guid.Parse(investor.Subject)));
        Assert.Equal(1, await host.CountAsync("select count(*) from lead_activities where meeting_id = $1 and kind = 'Meeting'", meeting.MeetingId));
        Assert.Equal(1, await CountOutboxAsync("lead-created", meeting.MeetingId));
        Assert.Equal(0, await CountOutboxAsync("lead-stage-changed", meeting.MeetingId));
    }

    [Fact]
    public async Task Consume_WhenTheInvestorHasAnOpenLead_AdvancesItWithTheMeetingAndAnnouncesTheMove()
    {
        var (townId, investor, lead) = await _data.LeadAsync();
        var meeting = Outcome(Guid.Parse(investor.Subject), null, townId, held: true, "site-visit");

        await _directory.DeliverAsync(meeting, Consumer);

        // A site visit agreed without a date goes as far as contacted: the visit stage needs its date.
        Assert.Equal(1, await host.CountAsync("select count(*) from leads where id = $1 and stage = 'Contacted' and next_action like '%site visit%'", Guid.Parse(lead.Id)));
        Assert.Equal(1, await host.CountAsync("select count(*) from lead_activities where meeting_id = $1 and lead_id = $2", meeting.MeetingId, Guid.Parse(lead.Id)));
        Assert.Equal(0, await CountOutboxAsync("lead-created", meeting.MeetingId));
        Assert.Equal(1, await CountOutboxAsync("lead-stage-changed", meeting.MeetingId));
    }

    [Fact]
    public async Task Consume_WhenTheLeadIsFurtherAlong_PutsTheMeetingOnItsTimelineWithoutMovingItBack()
    {
        var (townId, investor, lead) = await _data.LeadAsync();
        await _data.MoveAsync(lead, "negotiating", LeadsData.Complete());
        var meeting = Outcome(Guid.Parse(investor.Subject), null, townId, held: true, "follow-up");

        await _directory.DeliverAsync(meeting, Consumer);

        Assert.Equal(1, await host.CountAsync("select count(*) from leads where id = $1 and stage = 'Negotiating'", Guid.Parse(lead.Id)));
        Assert.Equal(1, await host.CountAsync("select count(*) from lead_activities where meeting_id = $1", meeting.MeetingId));
        Assert.Equal(0, await CountOutboxAsync("lead-stage-changed", meeting.MeetingId));
    }

    [Fact]
    public async Task Consume_WhenTheMeetingWasNotHeld_MakesNoLead()
    {
        var townId = await _data.KnownTownAsync();
        var (investor, organisationId) = await _data.InvestorAsync();
        var meeting = Outcome(Guid.Parse(investor.Subject), organisationId, townId, held: false, "none");

        await _directory.DeliverAsync(meeting, Consumer);

        Assert.Equal(0, await host.CountAsync("select count(*) from leads where organisation_id = $1", organisationId));
        Assert.Equal(0, await host.CountAsync("select count(*) from lead_activities where meeting_id = $1", meeting.MeetingId));
    }

    [Fact]
    public async Task Consume_WhenBothPartiesRecordAtOnce_CreatesOneLead()
    {
        var townId = await _data.KnownTownAsync();
        var (investor, organisationId) = await _data.InvestorAsync();
        var meeting = Outcome(Guid.Parse(investor.Subject), organisationId, townId, held: true, "negotiation");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => host.PublishAsync(meeting with { Version = i + 1 })));

        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from lead_activities where meeting_id = $1", meeting.MeetingId) == 1, TimeSpan.FromSeconds(30), "the lead");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await host.CountAsync("select count(*) from leads where organisation_id = $1 and town_id = $2", organisationId, townId));
        Assert.Equal(1, await host.CountAsync("select count(*) from lead_activities where meeting_id = $1", meeting.MeetingId));
        Assert.Equal(1, await CountOutboxAsync("lead-created", meeting.MeetingId));
    }

    private static MeetingOutcomeRecorded Outcome(Guid investorUserId, Guid? organisationId, Guid townId, bool held, string nextStep)
    {
        var investor = new MeetingOutcomeParty(Guid.NewGuid(), "investor", investorUserId, organisationId, "山西投资集团");
        var town = new MeetingOutcomeParty(Guid.NewGuid(), "town", townId, null, "清徐县醋镇");
        return new MeetingOutcomeRecorded(
            Guid.NewGuid(), Guid.NewGuid(), investor.ParticipantId, held, held ? 4 : null, nextStep, [investor, town], null, null,
            DateTimeOffset.UtcNow.AddHours(-1), "晋商投资洽谈会", "investor", 1, DateTimeOffset.UtcNow);
    }

    private Task<long> CountOutboxAsync(string urn, Guid meetingId) =>
        host.CountAsync("select count(*) from outbox_messages where message_type like $1 and payload::text like $2", "%" + urn + "%", "%" + meetingId + "%");
}
