using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

/// <summary>The path used for expo-sized instances (neighbourhood and local search), forced here on small instances.</summary>
public sealed class NeighbourhoodSearchTests
{
    private static readonly SchedulerOptions LargePath = new() { TimeLimit = TimeSpan.FromSeconds(2), LargeModelVariables = 0 };

    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    public void Solve_WhenLargeModelPathIsUsed_ReturnsValidScheduleNoLighterThanGreedy(int seed)
    {
        var instance = RandomInstances.Create(seed, people: 30, meetings: 120, days: 2, slotsPerDay: 5, tables: 5);

        var schedule = new MeetingScheduler(LargePath).Solve(instance);

        Solve.AssertValid(instance, schedule);
        Assert.True(schedule.Stats.ScheduledWeight >= schedule.Stats.GreedyWeight);
        Assert.True(schedule.Stats.UpperBound >= schedule.Stats.ScheduledWeight);
    }

    [Fact]
    public void Solve_WhenLargeModelPathIsIncremental_ReportsEveryLostPlace()
    {
        var instance = RandomInstances.Create(53, people: 20, meetings: 60, days: 1, slotsPerDay: 5, tables: 4);
        var previous = new MeetingScheduler(LargePath).Solve(instance);
        var removed = instance.Slots[1].Id;
        var changed = instance with
        {
            Slots = [.. instance.Slots.Where(s => s.Id != removed)],
            Participants = [.. instance.Participants.Select(p => p with { Unavailable = [.. p.Unavailable.Where(u => u != removed)] })],
            Meetings = [.. instance.Meetings.Select(m => m.Fixed?.Slot == removed ? m with { Fixed = null } : m)],
        };

        var schedule = new MeetingScheduler(LargePath).Solve(changed, previous);

        Assert.Empty(new ScheduleValidator().Validate(changed, schedule));
        var now = schedule.Assignments.ToDictionary(a => a.Meeting);
        var reported = schedule.Changes!.Select(c => c.Meeting).ToHashSet();
        Assert.All(previous.Assignments, before => Assert.True(
            (now.TryGetValue(before.Meeting, out var after) && after.Slot == before.Slot && after.Table == before.Table) || reported.Contains(before.Meeting),
            $"{before.Meeting} lost its place silently"));
        Assert.All(previous.Assignments.Where(a => a.Slot == removed), a => Assert.Contains(a.Meeting, reported));
    }

    [Fact]
    public void LocalImprover_WhenTheWeightReachesTheTarget_StopsThere()
    {
        var instance = RandomInstances.Create(54, people: 25, meetings: 100, days: 2, slotsPerDay: 4, tables: 3);
        var problem = InstanceValidator.Compile(instance);
        var untargeted = new Occupancy(problem);
        var reachable = new LocalImprover(problem, untargeted, seed: 1, movable: (_, _) => true)
            .ImproveWeight(TimeSpan.FromSeconds(5), CancellationToken.None);
        var occupancy = new Occupancy(problem);

        var gained = new LocalImprover(problem, occupancy, seed: 1, movable: (_, _) => true)
            .ImproveWeight(TimeSpan.FromSeconds(5), CancellationToken.None, target: 10);

        // Each insertion adds at most one meeting's weight, and nothing runs on once the target is reached.
        Assert.True(reachable > 10 + problem.Weight.Max());
        Assert.InRange(gained, 10, 10 + problem.Weight.Max() - 1);
        Assert.Equal(gained, occupancy.Weight());
    }

    [Fact]
    public void LocalImprover_WhenGivenGreedySchedule_NeverLowersWeightAndKeepsItValid()
    {
        var instance = RandomInstances.Create(54, people: 25, meetings: 100, days: 2, slotsPerDay: 4, tables: 3);
        var problem = InstanceValidator.Compile(instance);
        var occupancy = GreedyScheduler.Build(problem, null);
        var before = occupancy.Weight();
        var improver = new LocalImprover(problem, occupancy, seed: 1, movable: (_, _) => true);

        var gained = improver.ImproveWeight(TimeSpan.FromSeconds(1), CancellationToken.None);
        var idleAfterWeight = occupancy.IdleSlots();
        improver.ImproveIdle(TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(before + gained, occupancy.Weight());
        Assert.True(gained >= 0);
        Assert.True(occupancy.IdleSlots() <= idleAfterWeight);
        var schedule = OccupancySchedule.From(problem, occupancy);
        Solve.AssertValid(instance, schedule);
    }
}
