extern alias expo;

using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;
using Interpreter = expo::SpecialtyTowns.Expo.Domain.Setup.Interpreter;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>A publish that only gives meetings another interpreter still tells their parties.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ScheduleRunInterpreterTests(ExpoHost host)
{
    [Fact]
    public async Task PublishScheduleRun_WhenOnlyTheInterpreterChanges_ReportsEachMeetingAsReplaced()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = host.Client<ExpoScheduleRuns.ExpoScheduleRunsClient>(scene.Organizer);
        await runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = (await DraftAsync(runs, scene)).Id });
        var (before, after) = (Guid.Empty, Guid.Empty);
        await ScheduleRunScene.ChangeAsync(host, async db =>
        {
            before = await db.Interpreters.Where(i => i.EventId == scene.EventId).Select(i => i.Id).SingleAsync();
            var added = Interpreter.Create(scene.EventId, "译员 赵", ["en"]);
            db.Interpreters.Add(added);
            after = added.Id;
        });
        var rerun = await DraftAsync(runs, scene);

        // The same places with the other interpreter: what a solver choosing the new interpreter would give.
        await TestDatabase.ExecuteAsync(host.Database, "update schedule_runs set result = replace(result::text, $1, $2)::jsonb where id = $3", before.ToString(), after.ToString(), Guid.Parse(rerun.Id));
        await runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = rerun.Id });

        Assert.Equal(4, await host.CountAsync("select count(*) from meetings where event_id = $1 and interpreter_id = $2", scene.EventId, after));
        Assert.Equal(8, await host.CountAsync("select count(*) from notifications where event_id = $1 and kind = 'meeting-interpreter-changed'", scene.EventId));
        Assert.Equal(4, await host.CountAsync("select count(*) from outbox_messages where payload::text like $1 and payload::text like '%replaced%'", "%" + after + "%"));
    }

    private static async Task<ScheduleRunView> DraftAsync(ExpoScheduleRuns.ExpoScheduleRunsClient runs, ScheduleRunScene scene)
    {
        var started = await runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString(), TimeLimitSeconds = 2 });
        var done = await ScheduleRunPolling.UntilDoneAsync(runs, started.Id);
        Assert.True(done.Status == "draft", $"run {done.Status}: {done.Error}");
        return done;
    }
}
