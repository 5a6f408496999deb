using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoOutcomes;

/// <summary>A held meeting's outcomes, recorded through the gateway, make exactly one lead in Leads, even across a broker restart and a redelivery.</summary>
[Collection(SystemCollection.Name)]
public sealed class OutcomeLeadFlowTests(SystemFixture fixture)
{
    private const string LeadsConsumer = "leads.pipeline.meeting-outcome-recorded";

    [Fact]
    public async Task RecordOutcome_WhenBothPartiesRecordAcrossABrokerRestartAndOneIsRedelivered_CreatesTheLeadOnce()
    {
        var scene = await OutcomeScene.CreateAsync(fixture);
        using (var first = await scene.RecordAsync(scene.Investor, new { held = true, rating = 5, nextStep = "follow-up", note = "意向强烈" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await Eventually.TrueAsync(async () => await ActivitiesAsync(scene) == 1, TimeSpan.FromSeconds(60), "the lead from the first outcome");
        await Infrastructure.StopAsync("rabbitmq");
        try
        {
            using var town = await scene.RecordAsync(scene.Town, new { held = true, rating = 4, nextStep = "negotiation" });
            using var again = await scene.RecordAsync(scene.Investor, new { held = true, rating = 5, nextStep = "follow-up", note = "意向强烈" });
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (town.StatusCode, again.StatusCode));
            Assert.Equal(1, await TestDatabase.CountAsync(scene.Expo, "select count(*) from outbox_messages where message_type like '%meeting-outcome-recorded%' and payload::text like $1 and sent_at is null", "%" + scene.MeetingId + "%"));
        }
        finally
        {
            await Infrastructure.StartAsync("rabbitmq");
        }

        var messages = await scene.OutcomeMessagesAsync();
        Assert.Equal(2, messages.Count);
        await Eventually.TrueAsync(async () => await HandledAsync(scene, messages) == 2, TimeSpan.FromSeconds(120), "both outcomes handled by Leads after the restart");
        await TestDatabase.ExecuteAsync(scene.Expo, "update outbox_messages set sent_at = null where id = $1", messages[0]);
        await Eventually.TrueAsync(async () => await TestDatabase.CountAsync(scene.Expo, "select count(*) from outbox_messages where id = $1 and sent_at is not null", messages[0]) == 1, TimeSpan.FromSeconds(60), "the redelivery");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(1, await TestDatabase.CountAsync(scene.Leads, "select count(*) from leads where investor_user_id = $1 and town_id = $2 and source = 'ExpoMeeting'", scene.InvestorUserId, scene.TownId));
        Assert.Equal(1, await ActivitiesAsync(scene));
        Assert.Equal(1, await TestDatabase.CountAsync(scene.Leads, "select count(*) from outbox_messages where message_type like '%lead-created%' and payload::text like $1", "%" + scene.MeetingId + "%"));
        await Eventually.TrueAsync(
            async () => await TestDatabase.CountAsync(scene.Expo, "select count(*) from expo_leads where event_id = $1 and meeting_id = $2 and created", scene.EventId, scene.MeetingId) == 1,
            TimeSpan.FromSeconds(60),
            "the event's expo lead");
    }

    [Fact]
    public async Task RecordOutcome_WhenAnotherParticipantOrTheOrganizerTries_IsRefusedAndStoresNothing()
    {
        var scene = await OutcomeScene.CreateAsync(fixture);
        var stranger = scene.Client("investor", Guid.NewGuid(), null);

        using var asStranger = await scene.RecordAsync(stranger, new { held = true, rating = 5, nextStep = "none" });
        using var asOrganizer = await scene.RecordAsync(scene.Organizer, new { held = true, rating = 5, nextStep = "none" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (asStranger.StatusCode, asOrganizer.StatusCode));
        Assert.Equal(0, await TestDatabase.CountAsync(scene.Expo, "select count(*) from meeting_outcomes where meeting_id = $1", scene.MeetingId));
    }

    [Theory]
    [InlineData("{\"rating\":5,\"nextStep\":\"none\"}", "held")]
    [InlineData("{\"held\":true,\"rating\":9,\"nextStep\":\"none\"}", "rating")]
    [InlineData("{\"held\":false,\"rating\":3,\"nextStep\":\"none\"}", "rating")]
    [InlineData("{\"held\":true,\"nextStep\":\"later\"}", "nextStep")]
    public async Task RecordOutcome_WhenInputIsBad_Answers400NamingTheFieldAndStoresNothing(string json, string field)
    {
        var scene = await OutcomeScene.CreateAsync(fixture);

        using var response = await scene.Investor.PostAsync($"/api/v1/expo/meetings/{scene.MeetingId}/outcome", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names {field}: {problem}");
        Assert.Equal(0, await TestDatabase.CountAsync(scene.Expo, "select count(*) from meeting_outcomes where meeting_id = $1", scene.MeetingId));
    }

    private static Task<long> ActivitiesAsync(OutcomeScene scene) =>
        TestDatabase.CountAsync(scene.Leads, "select count(*) from lead_activities where meeting_id = $1", scene.MeetingId);

    private static Task<long> HandledAsync(OutcomeScene scene, List<Guid> messages) =>
        TestDatabase.CountAsync(scene.Leads, "select count(*) from inbox_messages where consumer = $1 and message_id = any($2)", LeadsConsumer, messages.ToArray());
}
