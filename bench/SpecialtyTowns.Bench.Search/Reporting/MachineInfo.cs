using System.Diagnostics;
using System.Globalization;

namespace SpecialtyTowns.Bench.Search.Reporting;

/// <summary>What the figures were measured on.</summary>
internal sealed record MachineInfo(int Cores, long MemoryBytes, string CpuModel, string DotnetVersion, string Os)
{
    public static async Task<MachineInfo> ReadAsync(string repoRoot, CancellationToken cancellationToken)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = long.Parse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "Linux"
            : "Linux";
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim() : "";
        return new MachineInfo(Environment.ProcessorCount, kilobytes * 1024, cpu, await DotnetVersionAsync(repoRoot, cancellationToken), $"{os}, kernel {kernel}".TrimEnd(' ', ','));
    }

    /// <summary>The 1-, 5- and 15-minute load averages.</summary>
    public static string LoadAverage() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public static double LoadAverageOneMinute() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static async Task<string> DotnetVersionAsync(string repoRoot, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", "--version") { WorkingDirectory = repoRoot, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return output.Trim();
    }
}
