using System.Diagnostics;
using SpecialtyTowns.Bench.Scheduling.Generation;
using SpecialtyTowns.Expo.Scheduling;
using SpecialtyTowns.Expo.Scheduling.Serialization;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.Validation;

namespace SpecialtyTowns.Bench.Scheduling.Running;

/// <summary>Runs one family in this process: first-fit baseline, the scheduler under its time limit, then the LP bound untimed.</summary>
public sealed class FamilyRunner(FamilyShape shape, int seed, double timeLimitSeconds, string? instanceDirectory, long? largeModelVariables)
{
    public FamilyResult Run()
    {
        var instance = new InstanceGenerator(shape, seed).Generate();
        if (instanceDirectory is not null)
        {
            Directory.CreateDirectory(instanceDirectory);
            File.WriteAllText(Path.Combine(instanceDirectory, $"{shape.Name}-seed{seed}.json"), SchedulingJson.Serialize(instance));
        }

        var validator = new ScheduleValidator();
        var firstFit = FirstFitScheduler.Solve(instance);
        var clock = Stopwatch.StartNew();
        var schedule = new MeetingScheduler(new SchedulerOptions
        {
            TimeLimit = TimeSpan.FromSeconds(timeLimitSeconds),
            LargeModelVariables = largeModelVariables ?? SchedulerOptions.Default.LargeModelVariables,
        }).Solve(instance);
        var seconds = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        var load = LoadAverage();
        var valid = validator.Validate(instance, schedule).Count == 0 && validator.Validate(instance, firstFit).Count == 0;
        var lp = LinearRelaxationBound.Compute(instance, TimeSpan.FromMinutes(5));
        return new FamilyResult
        {
            Family = shape.Name,
            Meetings = instance.Meetings.Count,
            TotalWeight = instance.Meetings.Sum(m => (long)m.Weight),
            Weight = schedule.Stats.ScheduledWeight,
            SolverBound = schedule.Stats.UpperBound,
            LpBound = lp,
            Optimal = schedule.Stats.Optimal,
            IdleSlots = schedule.Stats.IdleSlots,
            Seconds = Math.Round(seconds, 1),
            ProvenSeconds = schedule.Stats.ProvenOptimalAfterSeconds,
            PeakMegabytes = Math.Round(peak),
            GreedyWeight = schedule.Stats.GreedyWeight,
            FirstFitWeight = firstFit.Stats.ScheduledWeight,
            FirstFitIdleSlots = firstFit.Stats.IdleSlots,
            FirstFitSeconds = Math.Round(firstFit.Stats.Seconds, 2),
            Valid = valid,
            LoadAverage = load,
        };
    }

    private static double LoadAverage()
    {
        const string LoadFile = "/proc/loadavg";
        return File.Exists(LoadFile)
            ? double.Parse(File.ReadAllText(LoadFile).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : double.NaN;
    }
}
