using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;

/// <summary>Runs the scheduler with a short budget and puts every schedule it returns through the validator.</summary>
internal static class Solve
{
    public static Schedule Checked(Instance instance, Schedule? previous = null, double seconds = 5)
    {
        var schedule = new MeetingScheduler(new SchedulerOptions { TimeLimit = TimeSpan.FromSeconds(seconds) }).Solve(instance, previous);
        AssertValid(instance, schedule);
        return schedule;
    }

    public static void AssertValid(Instance instance, Schedule schedule)
    {
        var violations = new ScheduleValidator().Validate(instance, schedule);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    public static Assignment Placed(Schedule schedule, string meeting) =>
        Assert.Single(schedule.Assignments, a => a.Meeting == meeting);

    public static string ReasonFor(Schedule schedule, string meeting) =>
        Assert.Single(schedule.Unscheduled, u => u.Meeting == meeting).Reason;
}
