using System.Text;
using System.Text.Json;
using SpecialtyTowns.Expo.Scheduling.Cli;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Cli;

public sealed class ScheduleCommandTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "TestData", "example-instance.json");

    private sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static async Task<Run> RunAsync(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        using var error = new StringWriter();

        var code = await new ScheduleCommand().RunAsync(args, input, output, error);

        return new Run(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public async Task RunAsync_WhenInstanceFileIsValid_WritesScheduleJsonAndExitsZero()
    {
        var run = await RunAsync("", Example, "--time-limit", "5");

        Assert.Equal(ScheduleCommand.Success, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var schedule = SchedulingJson.ParseSchedule(run.Stdout);
        Solve.AssertValid(SchedulingJson.ParseInstance(await File.ReadAllTextAsync(Example)), schedule);
        Assert.Equal(4, schedule.Stats.ScheduledWeight);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.True(document.RootElement.TryGetProperty("unscheduled", out _));
        Assert.Equal(4, document.RootElement.GetProperty("stats").GetProperty("upperBound").GetInt64());
    }

    [Fact]
    public async Task RunAsync_WhenInstanceComesFromStdin_ReadsIt()
    {
        var run = await RunAsync(await File.ReadAllTextAsync(Example), "-", "--time-limit", "5");

        Assert.Equal(ScheduleCommand.Success, run.ExitCode);
        Solve.AssertValid(SchedulingJson.ParseInstance(await File.ReadAllTextAsync(Example)), SchedulingJson.ParseSchedule(run.Stdout));
    }

    [Fact]
    public async Task RunAsync_WhenPreviousScheduleIsGiven_ReportsChanges()
    {
        var first = await RunAsync("", Example, "--time-limit", "5");
        var previousPath = Path.Combine(Path.GetTempPath(), $"previous-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(previousPath, first.Stdout);
        var changed = (await File.ReadAllTextAsync(Example)).Replace("\"maxMeetings\": 8", "\"maxMeetings\": 1", StringComparison.Ordinal);

        var run = await RunAsync(changed, "-", "--time-limit", "5", "--previous", previousPath);

        File.Delete(previousPath);
        Assert.Equal(ScheduleCommand.Success, run.ExitCode);
        var schedule = SchedulingJson.ParseSchedule(run.Stdout);
        Solve.AssertValid(SchedulingJson.ParseInstance(changed), schedule);
        var change = Assert.Single(schedule.Changes!);
        Assert.Equal(("m-1", "dropped"), (change.Meeting, change.Change));
        Assert.Contains("inv-001 reached maxMeetings (1)", change.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"slots\": [", "malformed instance JSON")]
    [InlineData("{ \"slots\": [], \"tables\": [], \"participants\": [], \"meetings\": [ { \"id\": \"m\", \"parties\": [\"a\", \"b\"] } ] }", "unknown participant 'a'")]
    [InlineData("{ \"slots\": [], \"tables\": [], \"participants\": [ { \"id\": \"a\", \"kind\": \"alien\" } ], \"meetings\": [] }", "unknown kind 'alien'")]
    [InlineData("null", "the instance is empty")]
    public async Task RunAsync_WhenInstanceIsBad_WritesOneErrorLineAndExitsOne(string stdin, string expected)
    {
        var run = await RunAsync(stdin, "-");

        Assert.Equal(ScheduleCommand.InvalidInstance, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--time-limit", "abc", "-" }, "--time-limit needs a positive number")]
    [InlineData(new[] { "--bogus", "-" }, "unknown option --bogus")]
    [InlineData(new string[0], "missing instance file")]
    public async Task RunAsync_WhenArgumentsAreWrong_ExitsTwoWithUsage(string[] args, string expected)
    {
        var run = await RunAsync("", args);

        Assert.Equal(ScheduleCommand.UsageError, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenHelpIsAsked_PrintsUsageAndExitsZero()
    {
        var run = await RunAsync("", "--help");

        Assert.Equal(ScheduleCommand.Success, run.ExitCode);
        Assert.StartsWith("usage: expo-schedule", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--previous", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenFileIsMissing_ExitsThree()
    {
        var run = await RunAsync("", "/nonexistent/instance.json");

        Assert.Equal(ScheduleCommand.InputError, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
