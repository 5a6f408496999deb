using System.Diagnostics;
using System.Text.Json;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.EndToEnd.ExpoAgenda;

/// <summary>
/// Mozilla's ical.js (npm, run with node by tools/ical-check/check.sh, which installs it from the
/// committed lock on first use): what a calendar app reads from a feed.
/// </summary>
public static class IcalJs
{
    public static async Task<JsonElement> ParseAsync(string ics)
    {
        var path = Path.Combine(Path.GetTempPath(), $"specialtytowns-feed-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(path, ics);
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tools", "ical-check", "check.sh"));
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
            Assert.True(process.ExitCode == 0, $"ical.js exited {process.ExitCode}: {await output}{await error}");
            return JsonSerializer.Deserialize<JsonElement>(await output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
