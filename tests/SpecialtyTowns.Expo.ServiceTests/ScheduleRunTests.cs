extern alias expo;

using expo::SpecialtyTowns.Expo.Application.Runs;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.Scheduling.Validation;
using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Scheduling runs built from the database, solved in the background, reviewed and published.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ScheduleRunTests(ExpoHost host)
{
    [Fact]
    public async Task StartScheduleRun_WhenTheEventHasAcceptedMeetings_GivesADraftTheSevenRulesAccept()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = Runs(scene.Organizer);

        var started = await runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString(), TimeLimitSeconds = 2 });
        var draft = await ScheduleRunPolling.UntilDoneAsync(runs, started.Id);

        // The answer is read back after the commit: the worker may already have claimed the run.
        Assert.Contains(started.Status, new[] { "queued", "running" });
        Assert.Equal("draft", draft.Status);
        Assert.NotEmpty(draft.Progress);
        Assert.Equal(17, draft.Draft.Meetings);
        Assert.Equal(16, draft.Draft.Scheduled);
        Assert.Equal(16, draft.Draft.NewlyPlaced);
        var pending = Assert.Single(draft.Draft.UnscheduledMeetings);
        Assert.Equal(scene.PendingMeeting.ToString(), pending.MeetingId);
        Assert.Contains("待审企业 is not an approved participant", pending.Reason, StringComparison.Ordinal);
        Assert.Empty(await ViolationsAsync(scene, started.Id));
    }

    [Fact]
    public async Task PublishScheduleRun_WhenTheDraftIsCurrent_PlacesLockedMeetingsAndTellsEveryParty()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = Runs(scene.Organizer);
        var draft = await DraftAsync(runs, scene);

        var published = await runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = draft.Id });

        Assert.Equal("published", published.Status);
        Assert.Equal(16, await host.CountAsync("select count(*) from meetings where event_id = $1 and status = 'scheduled' and locked and placed_by = 'schedule'", scene.EventId));
        Assert.Equal((16 * 3) + 4, await host.CountAsync("select count(*) from slot_occupancy where event_id = $1", scene.EventId));
        Assert.Equal(32, await host.CountAsync("select count(*) from notifications where event_id = $1 and kind = 'meeting-scheduled'", scene.EventId));
        Assert.Equal(16, await host.CountOutboxAsync("ScheduledMeetingChanged", scene.EventId.ToString()));
        Assert.Equal(1, await host.CountOutboxAsync("SchedulePublished", scene.EventId.ToString()));
    }

    [Fact]
    public async Task StartScheduleRun_AfterCancellationsNewAcceptancesAndARemovedSlot_KeepsPublishedMeetingsAndReportsEveryChange()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = Runs(scene.Organizer);
        await runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = (await DraftAsync(runs, scene)).Id });
        var cancelled = scene.Meetings[5];
        var added = Guid.Empty;
        var removedSlot = Guid.Empty;
        var displaced = new List<Guid>();
        await ScheduleRunScene.ChangeAsync(host, async db =>
        {
            (await ScheduleRunScene.MeetingAsync(db, cancelled)).Cancel("投资方行程变更", DateTimeOffset.UtcNow);
            var meeting = expo::SpecialtyTowns.Expo.Domain.Meetings.Meeting.Create(
                scene.EventId, null, [scene.Participants[1], scene.Participants[2]], null, null, [], null, null, 1, DateTimeOffset.UtcNow);
            db.Meetings.Add(meeting);
            added = meeting.Id;
            var placed = await db.Meetings.Where(m => m.EventId == scene.EventId && m.SlotId != null && m.Id != cancelled).ToListAsync();
            removedSlot = placed.GroupBy(m => m.SlotId!.Value).OrderByDescending(g => g.Count()).First().Key;
            foreach (var meetingInSlot in placed.Where(m => m.SlotId == removedSlot))
            {
                // What set-up does when the organizer removes a slot with meetings (explicit flag): free them first.
                meetingInSlot.Unplace();
                displaced.Add(meetingInSlot.Id);
            }
        });
        await ScheduleRunScene.ChangeAsync(host, db => db.Slots.Where(s => s.Id == removedSlot).ExecuteDeleteAsync());
        var kept = await host.CountAsync("select count(*) from meetings where event_id = $1 and status = 'scheduled'", scene.EventId);

        var rerun = await DraftAsync(runs, scene);

        var changes = rerun.Draft.Changes.ToDictionary(c => Guid.Parse(c.MeetingId));
        Assert.Equal(displaced.Count + 1, changes.Count);
        Assert.Equal("removed", changes[cancelled].Change);
        Assert.Equal("cancelled: 投资方行程变更", changes[cancelled].Reason);
        Assert.All(displaced, id => Assert.Contains("no longer exists", changes[id].Reason, StringComparison.Ordinal));
        Assert.All(displaced, id => Assert.Contains(changes[id].Change, new[] { "moved", "dropped" }));
        Assert.Equal(kept, await KeptInPlaceAsync(scene, rerun.Id));
        Assert.DoesNotContain(rerun.Draft.UnscheduledMeetings, u => u.MeetingId == added.ToString() && u.Reason.Length == 0);
        Assert.Empty(await ViolationsAsync(scene, rerun.Id));
    }

    [Fact]
    public async Task PublishScheduleRun_WhenAMeetingChangedSinceTheRun_IsRefusedAsStaleAndPlacesNothing()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = Runs(scene.Organizer);
        var draft = await DraftAsync(runs, scene);
        await ScheduleRunScene.ChangeAsync(host, async db => (await ScheduleRunScene.MeetingAsync(db, scene.Meetings[0])).Cancel("取消", DateTimeOffset.UtcNow));

        var refused = await Assert.ThrowsAsync<RpcException>(() => runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = draft.Id }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("changed since this run", refused.Status.Detail, StringComparison.Ordinal);
        Assert.True((await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = draft.Id })).Draft.Stale);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where event_id = $1", scene.EventId));
        Assert.Equal(0, await host.CountAsync("select count(*) from notifications where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task StartScheduleRun_WhenARunOfTheEventIsActive_IsRefusedWithTheRuleNamed()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = Runs(scene.Organizer);
        var first = await runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString(), TimeLimitSeconds = 3 });

        var refused = await Assert.ThrowsAsync<RpcException>(() => runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString(), TimeLimitSeconds = 1 }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("already queued or running", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("draft", (await ScheduleRunPolling.UntilDoneAsync(runs, first.Id)).Status);
    }

    [Fact]
    public async Task GetScheduleRun_WhenAnotherOrganizerAsks_IsNotFound()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var started = await Runs(scene.Organizer).StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString(), TimeLimitSeconds = 1 });

        var refused = await Assert.ThrowsAsync<RpcException>(() => Runs(TestCaller.Organizer()).GetScheduleRunAsync(new GetScheduleRunRequest { Id = started.Id }).ResponseAsync);
        var start = await Assert.ThrowsAsync<RpcException>(() => Runs(TestCaller.Organizer()).StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal(StatusCode.NotFound, start.StatusCode);
    }

    [Fact]
    public async Task SetMeetingLocked_WhenUnlockedAndLockedAgain_ChangesOnlyTheLockAndRefusesAnUnplacedMeeting()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runs = Runs(scene.Organizer);
        await runs.PublishScheduleRunAsync(new PublishScheduleRunRequest { Id = (await DraftAsync(runs, scene)).Id });

        var unlocked = await runs.SetMeetingLockedAsync(new SetMeetingLockedRequest { MeetingId = scene.Meetings[0].ToString(), Locked = false });
        var refused = await Assert.ThrowsAsync<RpcException>(() => runs.SetMeetingLockedAsync(new SetMeetingLockedRequest { MeetingId = scene.PendingMeeting.ToString(), Locked = true }).ResponseAsync);

        Assert.False(unlocked.Locked);
        Assert.Equal(1, await host.CountAsync("select count(*) from meetings where id = $1 and not locked and status = 'scheduled'", scene.Meetings[0]));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
    }

    private ExpoScheduleRuns.ExpoScheduleRunsClient Runs(TestCaller caller) => host.Client<ExpoScheduleRuns.ExpoScheduleRunsClient>(caller);

    private static async Task<ScheduleRunView> DraftAsync(ExpoScheduleRuns.ExpoScheduleRunsClient runs, ScheduleRunScene scene)
    {
        var started = await runs.StartScheduleRunAsync(new StartScheduleRunRequest { EventId = scene.EventId.ToString(), TimeLimitSeconds = 2 });
        var done = await ScheduleRunPolling.UntilDoneAsync(runs, started.Id);
        Assert.True(done.Status == "draft", $"run {done.Status}: {done.Error}");
        return done;
    }

    /// <summary>The draft against the instance rebuilt from the same data: the scheduler format's seven rules.</summary>
    private async Task<IReadOnlyList<RuleViolation>> ViolationsAsync(ScheduleRunScene scene, string runId)
    {
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var input = await scope.ServiceProvider.GetRequiredService<ScheduleInputBuilder>().BuildAsync(scene.EventId, CancellationToken.None);
        var result = await db.ScheduleRuns.Where(r => r.Id == Guid.Parse(runId)).Select(r => r.Result).SingleAsync();
        return new ScheduleValidator().Validate(input.Instance, RunJson.Draft(result)!.Schedule);
    }

    /// <summary>How many meetings placed in the database the draft leaves exactly where they are.</summary>
    private async Task<int> KeptInPlaceAsync(ScheduleRunScene scene, string runId)
    {
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var placed = await db.Meetings.AsNoTracking().Where(m => m.EventId == scene.EventId && m.SlotId != null).ToListAsync();
        var result = await db.ScheduleRuns.Where(r => r.Id == Guid.Parse(runId)).Select(r => r.Result).SingleAsync();
        var assignments = RunJson.Draft(result)!.Schedule.Assignments.ToDictionary(a => a.Meeting);
        return placed.Count(m => assignments.TryGetValue(m.Id.ToString(), out var a) && a.Slot == m.SlotId.ToString() && a.Table == m.TableId.ToString());
    }
}
