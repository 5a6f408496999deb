using SpecialtyTowns.Expo.Contracts;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Leads.ServiceTests.Matching;

/// <summary>
/// Expo's approvals reach Leads, which scores an approved investor against the event's approved towns and
/// enterprises with the real engine and publishes the scores (ExpoMatchesScored) for the standby refill.
/// </summary>
[Collection(LeadsCollection.Name)]
public sealed class ExpoMatchScoringTests(LeadsHost host)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly MatchingData _data = new(host);

    [Fact]
    public async Task Consume_WhenAnInvestorIsApprovedAfterATownAndAnEnterprise_PublishesItsScoresWithBoth()
    {
        var (eventId, investor, town, enterprise) = await ApprovedHostsAsync();

        await host.PublishAsync(Approved(eventId, investor.Participant, "investor", investor.Subject, investor.Organisation));

        await Eventually.TrueAsync(async () => await ScoredAsync(investor.Participant, town, enterprise) == 1, Wait, "the investor's scores with the town and the enterprise");
        Assert.Equal(1, await host.CountOutboxAsync("ExpoMatchesScored", investor.Participant.ToString()));
        Assert.Equal(1, await host.CountAsync("select count(*) from outbox_messages where message_type like '%expo-matches-scored%' and payload::text like $1 and payload::text like '%行业%'", "%" + town + "%"));
    }

    [Fact]
    public async Task Consume_WhenTheTownWithdrewOrTheDecisionIsDeliveredTwice_ScoresOnceAndLeavesTheTownOut()
    {
        var (eventId, investor, town, enterprise) = await ApprovedHostsAsync();
        await host.PublishAsync(new ParticipantWithdrew(eventId, town, "town", Guid.NewGuid(), []));
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_participants where participant_id = $1 and withdrawn", town) == 1, Wait, "the withdrawal");
        var approval = Approved(eventId, investor.Participant, "investor", investor.Subject, investor.Organisation);
        var messageId = Guid.NewGuid();

        await host.PublishAsync(approval, messageId);
        await host.PublishAsync(approval, messageId);

        await Eventually.TrueAsync(async () => await ScoredAsync(investor.Participant, enterprise) == 1, Wait, "the investor's scores with the enterprise");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.CountOutboxAsync("ExpoMatchesScored", investor.Participant.ToString()));
        Assert.Equal(0, await ScoredAsync(investor.Participant, town));
    }

    [Fact]
    public async Task Consume_WhenTheParticipantIsRejectedOrHasNoOrganisation_PublishesNoScores()
    {
        var (eventId, investor, _, _) = await ApprovedHostsAsync();
        var rejected = new ParticipantDecided(eventId, investor.Participant, "investor", investor.Subject, "rejected", investor.Organisation);
        var withoutOrganisation = Approved(eventId, Guid.NewGuid(), "investor", Guid.NewGuid(), null);

        await host.PublishAsync(rejected);
        await host.PublishAsync(withoutOrganisation);

        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_participants where participant_id = any($1)", new[] { investor.Participant, withoutOrganisation.ParticipantId }) == 2, Wait, "both participants recorded");
        Assert.Equal(0, await host.CountOutboxAsync("ExpoMatchesScored", investor.Participant.ToString()));
        Assert.Equal(0, await host.CountOutboxAsync("ExpoMatchesScored", withoutOrganisation.ParticipantId.ToString()));
    }

    private static ParticipantDecided Approved(Guid eventId, Guid participant, string kind, Guid subject, Guid? organisation) =>
        new(eventId, participant, kind, subject, "approved", organisation);

    private Task<long> ScoredAsync(Guid investor, params Guid[] others) => host.CountAsync(
        "select count(*) from outbox_messages where message_type like '%expo-matches-scored%' and payload::text like $1 and payload::text like all($2)",
        "%" + investor + "%",
        others.Select(o => "%" + o + "%").ToArray());

    /// <summary>
    /// An event with a town delegation (its town has a planted project) and an enterprise (with a planted gap)
    /// approved, and an investor whose organisation the engine already ranks the town for, not yet decided.
    /// </summary>
    private async Task<(Guid EventId, (Guid Participant, Guid Subject, Guid Organisation) Investor, Guid Town, Guid Enterprise)> ApprovedHostsAsync()
    {
        var keyword = MatchingData.Keyword();
        var townId = await _data.Leads.KnownTownAsync();
        var enterpriseId = Guid.NewGuid();
        var (caller, organisationId) = await _data.OrganisationAsync(keyword);
        await _data.ProjectAsync(townId, keyword);
        var gap = await _data.GapAsync(townId, enterpriseId, keyword);
        await _data.InvestorListShowingAsync(caller, "town", townId);
        await _data.InvestorListShowingAsync(caller, "gap", gap);
        var eventId = Guid.NewGuid();
        var (town, enterprise) = (Guid.NewGuid(), Guid.NewGuid());
        await host.PublishAsync(Approved(eventId, town, "town", townId, null));
        await host.PublishAsync(Approved(eventId, enterprise, "enterprise", enterpriseId, null));
        await Eventually.TrueAsync(async () => await host.CountAsync("select count(*) from expo_participants where event_id = $1 and approved", eventId) == 2, Wait, "the approved town and enterprise");
        return (eventId, (Guid.NewGuid(), Guid.Parse(caller.Subject), Guid.Parse(organisationId)), town, enterprise);
    }
}
