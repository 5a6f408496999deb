using SpecialtyTowns.Expo.Scheduling.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl+C stops the search; the best schedule found so far is still written.
    e.Cancel = true;
    cancellation.Cancel();
};

await using var stdin = Console.OpenStandardInput();
await using var stdout = Console.OpenStandardOutput();
return await new ScheduleCommand().RunAsync(args, stdin, stdout, Console.Error, cancellation.Token);
