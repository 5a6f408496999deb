using System.Diagnostics;

namespace SpecialtyTowns.TestKit;

/// <summary>
/// The real PostgreSQL, RabbitMQ and Redis of deploy/local, driven through the same script a
/// developer uses, so that tests can stop and start them.
/// </summary>
public static class Infrastructure
{
    public static string PostgresServer => $"Host=127.0.0.1;Port={Port("ST_PG_PORT", 55432)};Username=postgres;Password=specialtytowns;Pooling=false";

    public static string Redis => $"127.0.0.1:{Port("ST_REDIS_PORT", 56379)},abortConnect=false";

    public static string RabbitMq(string virtualHost) =>
        $"amqp://specialtytowns:specialtytowns@127.0.0.1:{Port("ST_RABBIT_PORT", 55672)}/{Uri.EscapeDataString(virtualHost)}";

    public static Task StartAsync(string component = "all") => RunScriptAsync("start", component);

    public static Task StopAsync(string component) => RunScriptAsync("stop", component);

    public static Task CreateVirtualHostAsync(string name) => RunScriptAsync("vhost", name);

    public static async Task RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.InfraScript);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int Port(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var port) ? port : fallback;
}
