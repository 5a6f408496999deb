using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SpecialtyTowns.Bench.Scheduling.Generation;
using SpecialtyTowns.Bench.Scheduling.Running;

// Usage: --family all|NAME[,NAME] --seed N --time-limit SECONDS [--write-instances DIR] [--report FILE]
//        [--large-model-variables N] [--bound-only] [--generate-only]
// Each family runs in a child process so that its peak memory is its own.
var family = Option("--family") ?? "all";
var seed = int.Parse(Option("--seed") ?? "1", CultureInfo.InvariantCulture);
var timeLimit = double.Parse(Option("--time-limit") ?? "60", CultureInfo.InvariantCulture);
var instances = Option("--write-instances");
var report = Option("--report");
var largeModel = Option("--large-model-variables") is { } large ? long.Parse(large, CultureInfo.InvariantCulture) : (long?)null;

if (args.Contains("--generate-only"))
{
    // Writes the instances for the CLI (or another scheduler) without running anything.
    var directory = instances ?? ".";
    Directory.CreateDirectory(directory);
    foreach (var shape in family == "all" ? Families.All : family.Split(',').Select(n => Families.Find(n) ?? throw new ArgumentException($"unknown family {n}")))
    {
        var path = Path.Combine(directory, $"{shape.Name}-seed{seed}.json");
        await File.WriteAllTextAsync(path, SpecialtyTowns.Expo.Scheduling.Serialization.SchedulingJson.Serialize(new InstanceGenerator(shape, seed).Generate()));
        Console.WriteLine(path);
    }

    return 0;
}

if (args.Contains("--bound-only"))
{
    // Measures only the LP bound of a family, to size the bound's time budget.
    var shape = Families.Find(family) ?? throw new ArgumentException($"unknown family {family}");
    var instance = new InstanceGenerator(shape, seed).Generate();
    var clock = Stopwatch.StartNew();
    var bound = SpecialtyTowns.Expo.Scheduling.Solving.LinearRelaxationBound.Compute(instance, TimeSpan.FromSeconds(timeLimit));
    Console.WriteLine($"{family}: LP bound {bound} in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

if (args.Contains("--child"))
{
    var shape = Families.Find(family) ?? throw new ArgumentException($"unknown family {family}");
    var result = new FamilyRunner(shape, seed, timeLimit, instances, largeModel).Run();
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}

var names = family == "all" ? Families.All.Select(f => f.Name).ToList() : [.. family.Split(',')];
var unknown = names.FirstOrDefault(n => Families.Find(n) is null);
if (unknown is not null)
{
    await Console.Error.WriteLineAsync($"unknown family {unknown}; known: {string.Join(", ", Families.All.Select(f => f.Name))}, all");
    return 2;
}

var results = new List<FamilyResult>();
foreach (var name in names)
{
    var childArgs = new List<string> { "--child", "--family", name, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--time-limit", timeLimit.ToString(CultureInfo.InvariantCulture) };
    if (instances is not null)
    {
        childArgs.AddRange(["--write-instances", instances]);
    }

    if (largeModel is not null)
    {
        childArgs.AddRange(["--large-model-variables", largeModel.Value.ToString(CultureInfo.InvariantCulture)]);
    }

    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    childArgs.ForEach(start.ArgumentList.Add);
    using var child = Process.Start(start)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
    if (child.ExitCode != 0 || !line.StartsWith('{'))
    {
        await Console.Error.WriteLineAsync($"family {name} failed with exit code {child.ExitCode}");
        return 1;
    }

    var result = JsonSerializer.Deserialize<FamilyResult>(line)!;
    results.Add(result);
    await Console.Error.WriteLineAsync($"{name}: weight {result.Weight} / bound {result.BestBound} in {result.Seconds} s");
}

var table = MarkdownReport.Render(results);
Console.Write(table);
if (report is not null)
{
    await File.WriteAllTextAsync(report, table);
}

return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
