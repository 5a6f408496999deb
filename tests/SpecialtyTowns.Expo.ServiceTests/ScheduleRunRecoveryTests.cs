extern alias expo;

using expo::SpecialtyTowns.Expo.Domain.Scheduling;
using expo::SpecialtyTowns.Expo.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>A run whose process died (its heartbeat went stale) is resumed while attempts remain, else marked failed; never half-published.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ScheduleRunRecoveryTests(ExpoHost host)
{
    [Fact]
    public async Task Worker_WhenARunningRunsHeartbeatIsStale_ResumesItToADraft()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runId = await DeadRunAsync(scene, attempts: 1);

        var done = await ScheduleRunPolling.UntilDoneAsync(host.Client<ExpoScheduleRuns.ExpoScheduleRunsClient>(scene.Organizer), runId.ToString(), timeoutSeconds: 60);

        Assert.Equal("draft", done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(16, done.Draft.Scheduled);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where event_id = $1", scene.EventId));
    }

    [Fact]
    public async Task Worker_WhenAStaleRunHadItsLastAttempt_MarksItFailedAndPlacesNothing()
    {
        var scene = await ScheduleRunScene.CreateAsync(host);
        var runId = await DeadRunAsync(scene, attempts: 2);

        var done = await ScheduleRunPolling.UntilDoneAsync(host.Client<ExpoScheduleRuns.ExpoScheduleRunsClient>(scene.Organizer), runId.ToString(), timeoutSeconds: 60);

        Assert.Equal("failed", done.Status);
        Assert.Contains("stopped during every attempt", done.Error, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountAsync("select count(*) from slot_occupancy where event_id = $1", scene.EventId));
    }

    /// <summary>A run left "running" by a process that died a minute ago, after <paramref name="attempts"/> starts.</summary>
    private async Task<Guid> DeadRunAsync(ScheduleRunScene scene, int attempts)
    {
        using var scope = host.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpoDbContext>();
        var longAgo = DateTimeOffset.UtcNow.AddMinutes(-1);
        var run = ScheduleRun.Queue(scene.EventId, scene.Organizer.Subject, 2, longAgo);
        for (var i = 0; i < attempts; i++)
        {
            run.Start(longAgo);
        }

        db.ScheduleRuns.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    }
}
