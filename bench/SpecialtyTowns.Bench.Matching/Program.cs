using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SpecialtyTowns.Leads.Domain.Matching;

namespace SpecialtyTowns.Bench.Matching;

/// <summary>
/// dotnet run -c Release --project bench/SpecialtyTowns.Bench.Matching -- [--seeds 42,1,2] [--eval-organisations 500]
/// [--eval-projects 20000] [--organisations 10000] [--projects 100000] [--towns 120] [--k 20] [--skip-eval] [--skip-throughput]
/// [--fit --train-seeds 101,102]: learn both sides' weights on training markets (never the evaluation seeds) and stop;
/// [--fit-sides --train-seeds 101,102]: each side alone from its own answers (the one-direction baselines at their strongest);
/// [--check-sides --train-seeds 101,102]: each side's weightings ranked on that side's own labels (training markets only).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        string? Text(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Arg(string name, int fallback) => Text(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        int[] Seeds(string name, string fallback) => [.. (Text(name) ?? fallback).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

        var seeds = Seeds("--seeds", Text("--seed") ?? "42");
        var towns = Arg("--towns", 120);
        var (evalOrganisations, evalProjects) = (Arg("--eval-organisations", 500), Arg("--eval-projects", 20_000));
        Console.WriteLine($"# Matching benchmark ({DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores)");
        if (args.Contains("--check-sides"))
        {
            CheckSides(Seeds("--train-seeds", "101,102"), evalOrganisations, evalProjects, towns);
            return 0;
        }

        if (args.Contains("--fit") || args.Contains("--fit-sides"))
        {
            Fit(Seeds("--train-seeds", "101,102"), evalOrganisations, evalProjects, towns, seeds, args.Contains("--fit-sides"));
            return 0;
        }

        if (!args.Contains("--skip-eval"))
        {
            new OfflineEvaluation(seeds, evalOrganisations, evalProjects, towns, Console.Out).Run();
        }

        if (!args.Contains("--skip-throughput"))
        {
            new ThroughputRun(seeds[0], Arg("--organisations", 10_000), Arg("--projects", 100_000), towns, Arg("--k", 20), Console.Out).Run();
        }

        Console.WriteLine($"load average at the end: {LoadAverage()}; process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0} s");
        return 0;
    }

    private static void Fit(int[] trainingSeeds, int organisations, int projects, int towns, int[] evaluationSeeds, bool sides)
    {
        // The evaluation seeds of docs/performance.md are refused even when this run names others.
        if (trainingSeeds.Intersect(evaluationSeeds.Concat([42, 1, 2, 3, 4])).Any())
        {
            throw new ArgumentException("The training seeds must not be evaluation seeds.");
        }

        Console.WriteLine($"## Weight fit on training seeds {string.Join(", ", trainingSeeds)} ({organisations} organisations, {projects} projects, {towns} towns each)");
        var start = MatchingSettings.Configured();
        WeightFit Fitter(Func<HiddenOrganisation, HiddenProject, int> labels) =>
            new([.. trainingSeeds.Select(s => new LabelledMarket(s, organisations, projects, towns, labels))], Console.Out);
        if (sides)
        {
            // The one-direction baselines at their strongest: each side from its own answers.
            var investor = Fitter(Relevance.InvestorGrade).Side(start, MatchSide.Investor);
            var town = Fitter(Relevance.TownGrade).Side(start, MatchSide.Town);
            MatchingSettings.SaveSides(investor, town);
            Console.WriteLine($"One-direction weights written to {MatchingSettings.SidesPath}");
            return;
        }

        var fitted = Fitter(Relevance.Of).TwoSided(start);
        Console.WriteLine("For the Matching section of Leads' appsettings.json:");
        Console.WriteLine(JsonSerializer.Serialize(new { fitted.InvestorWeights, fitted.TownWeights }, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Each side's one-direction ranking on its OWN labels (training markets): hand-set, configured and fitted weights.</summary>
    private static void CheckSides(int[] trainingSeeds, int organisations, int projects, int towns)
    {
        var weightings = new (string Name, MatchingOptions Options)[] { ("previous hand-set", MatchingSettings.HandSet()), ("configured", MatchingSettings.Configured()), ("fitted on own answers", MatchingSettings.Sides() ?? MatchingSettings.HandSet()) };
        foreach (var (side, labels) in new (MatchSide, Func<HiddenOrganisation, HiddenProject, int>)[] { (MatchSide.Investor, Relevance.InvestorGrade), (MatchSide.Town, Relevance.TownGrade) })
        {
            foreach (var seed in trainingSeeds)
            {
                var market = new LabelledMarket(seed, organisations, projects, towns, labels);
                foreach (var (name, options) in weightings)
                {
                    var alone = MatchingSettings.OneSided(options, side);
                    var (investorLists, projectLists) = (market.InvestorQuality(alone), market.ProjectQuality(alone));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{side} labels, seed {seed}, {name}: investor's projects p@10 {investorLists.Precision:0.000} nDCG@10 {investorLists.Ndcg:0.000}; project's investors p@10 {projectLists.Precision:0.000} nDCG@10 {projectLists.Ndcg:0.000}"));
                }
            }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
