using SpecialtyTowns.Expo.V1;

namespace SpecialtyTowns.Expo.ServiceTests;

/// <summary>Polls a run as the scheduling page does, until it is a draft or failed.</summary>
public static class ScheduleRunPolling
{
    public static async Task<ScheduleRunView> UntilDoneAsync(ExpoScheduleRuns.ExpoScheduleRunsClient runs, string runId, int timeoutSeconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var run = await runs.GetScheduleRunAsync(new GetScheduleRunRequest { Id = runId });
            if (run.Status is "draft" or "failed" or "published" || DateTime.UtcNow > deadline)
            {
                return run;
            }

            await Task.Delay(200);
        }
    }
}
