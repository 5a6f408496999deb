using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Expo.Scheduling.Cli;

/// <summary>
/// The command behind <c>expo-schedule</c>: reads an instance (and optionally a previous schedule), writes the schedule
/// JSON, and reports any failure as exactly one line on standard error with a non-zero exit code.
/// </summary>
public sealed class ScheduleCommand
{
    public const int Success = 0;
    public const int InvalidInstance = 1;
    public const int UsageError = 2;
    public const int InputError = 3;
    public const int InternalError = 4;

    public async Task<int> RunAsync(string[] args, Stream stdin, Stream stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        CommandLine line;
        try
        {
            line = CommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            return await FailAsync(stderr, UsageError, $"{e.Message}; {CommandLine.Usage}").ConfigureAwait(false);
        }

        if (line.Help)
        {
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(CommandLine.Usage + "\n"), cancellationToken).ConfigureAwait(false);
            return Success;
        }

        try
        {
            var instance = await ReadAsync(line.Instance!, stdin, SchedulingJson.ReadInstanceAsync, cancellationToken).ConfigureAwait(false);
            var previous = line.Previous is null
                ? null
                : await ReadAsync(line.Previous, stdin, SchedulingJson.ReadScheduleAsync, cancellationToken).ConfigureAwait(false);
            var options = new SchedulerOptions
            {
                TimeLimit = TimeSpan.FromSeconds(line.TimeLimitSeconds),
                Workers = line.Workers ?? SchedulerOptions.Default.Workers,
                GreedyOnly = line.GreedyOnly,
                LinearRelaxationBound = line.LinearRelaxationBound,
            };
            var schedule = await new MeetingScheduler(options).SolveAsync(instance, previous, cancellationToken).ConfigureAwait(false);
            await WriteAsync(line.Output, stdout, schedule, CancellationToken.None).ConfigureAwait(false);
            return Success;
        }
        catch (InstanceException e)
        {
            return await FailAsync(stderr, InvalidInstance, e.Message).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return await FailAsync(stderr, InputError, e.Message).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException e)
        {
            return await FailAsync(stderr, InputError, e.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return await FailAsync(stderr, InternalError, "cancelled before a schedule was found").ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            // A bug, not a bad instance: still one line, so callers that parse stderr keep working.
            return await FailAsync(stderr, InternalError, e.Message).ConfigureAwait(false);
        }
    }

    private static async Task<T> ReadAsync<T>(
        string path, Stream stdin, Func<Stream, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            return await read(stdin, cancellationToken).ConfigureAwait(false);
        }

        await using var file = File.OpenRead(path);
        return await read(file, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(string? path, Stream stdout, Schedule schedule, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await SchedulingJson.WriteAsync(stdout, schedule, cancellationToken).ConfigureAwait(false);
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var file = File.Create(path);
        await SchedulingJson.WriteAsync(file, schedule, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> FailAsync(TextWriter stderr, int code, string message)
    {
        var oneLine = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        await stderr.WriteLineAsync($"expo-schedule: error: {oneLine}").ConfigureAwait(false);
        return code;
    }
}
