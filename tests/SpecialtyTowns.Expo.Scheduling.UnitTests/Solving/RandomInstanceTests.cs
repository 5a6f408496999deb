using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

public sealed class RandomInstanceTests
{
    public static TheoryData<int, int, int, int, int, int> Shapes => new()
    {
        // seed, people, meetings, days, slots per day, tables
        { 1, 10, 25, 1, 4, 2 },
        { 2, 20, 60, 1, 6, 3 },
        { 3, 30, 80, 2, 4, 6 },
        { 4, 15, 70, 2, 5, 10 },
        { 5, 40, 120, 2, 6, 4 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Solve_WhenInstanceIsRandom_ReturnsValidScheduleAtLeastAsHeavyAsFirstFit(
        int seed, int people, int meetings, int days, int slotsPerDay, int tables)
    {
        var instance = RandomInstances.Create(seed, people, meetings, days, slotsPerDay, tables);
        var firstFit = FirstFitScheduler.Solve(instance);

        var schedule = Solve.Checked(instance, seconds: 2);

        Assert.Equal(meetings, schedule.Assignments.Count + schedule.Unscheduled.Count);
        Assert.Equal(meetings, schedule.Assignments.Select(a => a.Meeting).Concat(schedule.Unscheduled.Select(u => u.Meeting)).Distinct().Count());
        Assert.All(schedule.Unscheduled, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
        Assert.True(schedule.Stats.ScheduledWeight >= firstFit.Stats.ScheduledWeight);
        Assert.True(schedule.Stats.UpperBound >= schedule.Stats.ScheduledWeight);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Solve_WhenSmallRandomInstanceIsSolvedToOptimality_BoundEqualsWeight(int seed)
    {
        var instance = RandomInstances.Create(seed, people: 8, meetings: 16, days: 1, slotsPerDay: 3, tables: 2);

        var schedule = Solve.Checked(instance, seconds: 5);

        Assert.True(schedule.Stats.Optimal);
        Assert.Equal(schedule.Stats.ScheduledWeight, schedule.Stats.UpperBound);
    }

    [Fact]
    public void Solve_WhenTimeIsTooShortToProve_ReportsABoundNoLowerThanTheOptimum()
    {
        var instance = RandomInstances.Create(61, people: 40, meetings: 160, days: 2, slotsPerDay: 4, tables: 5);
        var optimum = Solve.Checked(instance, seconds: 10);
        var rushed = new MeetingScheduler(new SchedulerOptions { TimeLimit = TimeSpan.FromSeconds(0.3), LinearRelaxationBound = false });

        var schedule = rushed.Solve(instance);

        Assert.True(optimum.Stats.Optimal);
        Assert.True(schedule.Stats.UpperBound >= optimum.Stats.ScheduledWeight);
        Assert.Equal(schedule.Stats.Optimal, schedule.Stats.ScheduledWeight == optimum.Stats.ScheduledWeight && schedule.Stats.UpperBound == schedule.Stats.ScheduledWeight);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void FirstFitSolve_WhenInstanceIsRandom_ReturnsValidSchedule(int seed)
    {
        var instance = RandomInstances.Create(seed, people: 20, meetings: 60, days: 2, slotsPerDay: 4, tables: 3);

        var schedule = FirstFitScheduler.Solve(instance);

        Solve.AssertValid(instance, schedule);
        Assert.Equal(60, schedule.Assignments.Count + schedule.Unscheduled.Count);
    }

    [Fact]
    public void LinearRelaxationBound_WhenComputed_IsAtLeastTheOptimum()
    {
        var instance = RandomInstances.Create(31, people: 8, meetings: 16, days: 1, slotsPerDay: 3, tables: 2);
        var schedule = Solve.Checked(instance, seconds: 5);

        var bound = LinearRelaxationBound.Compute(instance, TimeSpan.FromSeconds(10));

        Assert.NotNull(bound);
        Assert.True(bound >= schedule.Stats.ScheduledWeight);
        Assert.True(bound <= instance.Meetings.Sum(m => m.Weight));
    }
}
