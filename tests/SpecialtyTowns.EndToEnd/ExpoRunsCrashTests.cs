using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using SpecialtyTowns.TestKit.Expo;

namespace SpecialtyTowns.EndToEnd;

/// <summary>Nothing is lost when the Expo service is killed during a scheduling run: it is resumed after the restart, never half-published.</summary>
[Collection(SystemCollection.Name)]
public sealed class ExpoRunsCrashTests(SystemFixture fixture)
{
    [Fact]
    public async Task ScheduleRun_WhenExpoIsKilledWhileItRuns_IsResumedAfterTheRestartAndPlacesNothingUntilPublished()
    {
        var invoker = ExpoCalls.Invoker(fixture.System.GrpcAddresses["expo"], fixture.System.Keys.Rsa);
        // Table-bound (4 tables x 16 slots for 144 requests): the search uses its whole time limit on moves and idle slots.
        var (scenario, _) = await ExpoCalls.AcceptedMeetingsAsync(
            invoker, new ExpoScenarioOptions { Slots = 16, Tables = 4, Investors = 12, Towns = 12, Enterprises = 0, Interpreters = 0 }, 144);
        var runs = scenario.Client<ExpoScheduleRuns.ExpoScheduleRunsClient>();
        var expo = fixture.System["expo"];
        var database = fixture.System.Database("expo");
        var started = await runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scenario.EventId, TimeLimitSeconds = 30 });
        await Eventually.TrueAsync(
            async () => (await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = started.Id })).Progress.Count > 0, TimeSpan.FromSeconds(60), "the run to report progress");

        await expo.KillAsync();
        long runningAtKill;
        try
        {
            runningAtKill = await TestDatabase.CountAsync(database, "SELECT count(*) FROM schedule_runs WHERE id = $1 AND status = 'running'", Guid.Parse(started.Id));
        }
        finally
        {
            await expo.StartAsync(TimeSpan.FromSeconds(90));
        }

        ScheduleRunView? done = null;
        await Eventually.TrueAsync(
            async () => (done = await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = started.Id })).Status is "draft" or "failed",
            TimeSpan.FromSeconds(150),
            "the run to be resumed and finish");
        Assert.Equal(1, runningAtKill);
        Assert.Equal("draft", done!.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(64, done.Draft.Scheduled);
        Assert.Equal(0, await TestDatabase.CountAsync(database, "SELECT count(*) FROM slot_occupancy WHERE event_id = $1", Guid.Parse(scenario.EventId)));
    }
}
