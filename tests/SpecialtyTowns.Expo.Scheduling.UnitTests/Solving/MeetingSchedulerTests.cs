using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

/// <summary>Small instances whose optimum is worked out by hand in each test's comment.</summary>
public sealed class MeetingSchedulerTests
{
    private const string S1 = "d1-0900";
    private const string S2 = "d1-0925";
    private const string S3 = "d1-0950";

    [Fact]
    public void Solve_WhenThreePeopleMeetPairwiseInTwoSlots_SchedulesTheTwoHeaviest()
    {
        // Any two of the three meetings share a person, so each slot holds one: best is 3 + 2 = 5.
        var instance = new InstanceBuilder().Slots(2).Table("A").Table("B")
            .Person("a").Person("b").Person("c")
            .Meeting("ab", ["a", "b"], 3).Meeting("bc", ["b", "c"], 2).Meeting("ac", ["a", "c"], 1)
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(5, schedule.Stats.ScheduledWeight);
        Assert.Equal(5, schedule.Stats.UpperBound);
        Assert.True(schedule.Stats.Optimal);
        Assert.Equal("no slot where a and c are both free", Solve.ReasonFor(schedule, "ac"));
    }

    [Fact]
    public void Solve_WhenOneTableServesOneSlot_KeepsTheHeavierMeetingAndNamesTheTable()
    {
        // One table, one slot, two disjoint meetings: only the heavier (2) fits; a 5-seat meeting never fits.
        var instance = new InstanceBuilder().Slots(1).Table("A", 4)
            .Person("a").Person("b").Person("c").Person("d").Person("e", seats: 3).Person("f", seats: 2)
            .Meeting("light", ["a", "b"], 1).Meeting("heavy", ["c", "d"], 2).Meeting("big", ["e", "f"], 9)
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(2, schedule.Stats.ScheduledWeight);
        Assert.Equal(S1, Solve.Placed(schedule, "heavy").Slot);
        Assert.Equal("all tables with >= 2 seats taken in slots where both parties are free: d1-0900", Solve.ReasonFor(schedule, "light"));
        Assert.Equal("no table with >= 5 seats (the largest has 4)", Solve.ReasonFor(schedule, "big"));
    }

    [Fact]
    public void Solve_WhenInvestorMayMeetOnce_KeepsTheHeavierMeetingAndNamesTheLimit()
    {
        // inv may meet once; its meetings weigh 2 and 5, so the optimum is 5.
        var instance = new InstanceBuilder().Slots(2).Table("A")
            .Person("inv-001", maxMeetings: 1).Person("town-x", ParticipantKinds.Town).Person("town-y", ParticipantKinds.Town)
            .Meeting("m1", ["inv-001", "town-x"], 2).Meeting("m2", ["inv-001", "town-y"], 5)
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(5, schedule.Stats.ScheduledWeight);
        Assert.Equal("inv-001 reached maxMeetings (1)", Solve.ReasonFor(schedule, "m1"));
    }

    [Fact]
    public void Solve_WhenOneInterpreterAndOneSlot_InterpretsTheHeavierMeeting()
    {
        // Both meetings need the only English interpreter in the only slot: weight 4 wins over 3.
        var instance = new InstanceBuilder().Slots(1).Table("A").Table("B")
            .Person("a").Person("b").Person("c").Person("d").Interpreter("int-en", "en")
            .Meeting("m1", ["a", "b"], 3, "en").Meeting("m2", ["c", "d"], 4, "en")
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(4, schedule.Stats.ScheduledWeight);
        Assert.Equal("int-en", Solve.Placed(schedule, "m2").Interpreter);
        Assert.Equal("no slot where a, b and an 'en' interpreter are all free", Solve.ReasonFor(schedule, "m1"));
    }

    [Fact]
    public void Solve_WhenPartiesShareNoAvailableSlot_ExplainsAvailability()
    {
        var instance = new InstanceBuilder().Slots(2).Table("A")
            .Person("a", unavailable: [S1]).Person("b", unavailable: [S2]).Person("c", unavailable: [S1, S2])
            .Meeting("ab", ["a", "b"]).Meeting("ac", ["a", "c"])
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(0, schedule.Stats.ScheduledWeight);
        Assert.Equal("no slot where a and b are both available", Solve.ReasonFor(schedule, "ab"));
        Assert.Equal("c is unavailable in every slot", Solve.ReasonFor(schedule, "ac"));
    }

    [Fact]
    public void Solve_WhenDelegationNeedsTheLargeTable_GivesItTheLargeTable()
    {
        // The delegation needs 2 + 2 + 1 + 1 = 6 seats, so it must take the 6-seat table; the pair takes the 2-seat one.
        var instance = new InstanceBuilder().Slots(1).Table("small", 2).Table("large", 6)
            .Person("inv", seats: 2).Person("town", ParticipantKinds.Town, 2).Person("ent1", ParticipantKinds.Enterprise)
            .Person("ent2", ParticipantKinds.Enterprise).Person("x").Person("y")
            .Meeting("delegation", ["inv", "town", "ent1", "ent2"], 1).Meeting("pair", ["x", "y"], 1)
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(2, schedule.Stats.ScheduledWeight);
        Assert.Equal("large", Solve.Placed(schedule, "delegation").Table);
        Assert.Equal("small", Solve.Placed(schedule, "pair").Table);
    }

    [Fact]
    public void Solve_WhenMeetingIsFixed_KeepsItsSlotAndTable()
    {
        var instance = new InstanceBuilder().Slots(3).Table("A").Table("B")
            .Person("a").Person("b").Person("c")
            .Meeting("fixed", ["a", "b"], 1, fixedAt: InstanceBuilder.At(S2, "B")).Meeting("ac", ["a", "c"], 1).Meeting("bc", ["b", "c"], 1)
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(3, schedule.Stats.ScheduledWeight);
        Assert.Equal(new[] { S2, "B" }, new[] { Solve.Placed(schedule, "fixed").Slot, Solve.Placed(schedule, "fixed").Table });
    }

    [Fact]
    public void Solve_WhenMeetingsCanBeAdjacent_LeavesNoIdleSlot()
    {
        // Four slots, a meets b, c and d: weight 3 in any order, and the best order packs them without a gap.
        var instance = new InstanceBuilder().Slots(4).Table("A")
            .Person("a").Person("b", unavailable: ["d1-1015"]).Person("c", unavailable: [S1, S2]).Person("d", unavailable: [S1])
            .Meeting("ab", ["a", "b"]).Meeting("ac", ["a", "c"]).Meeting("ad", ["a", "d"])
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(3, schedule.Stats.ScheduledWeight);
        Assert.Equal(0, schedule.Stats.IdleSlots);
    }

    [Fact]
    public void Solve_WhenWeightNeedsAnIdleSlot_KeepsTheWeight()
    {
        // b can only meet in the first slot and c only in the third: both meetings (weight 2) cost a one idle slot.
        var instance = new InstanceBuilder().Slots(3).Table("A")
            .Person("a").Person("b", unavailable: [S2, S3]).Person("c", unavailable: [S1, S2])
            .Meeting("ab", ["a", "b"]).Meeting("ac", ["a", "c"])
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(2, schedule.Stats.ScheduledWeight);
        Assert.Equal(1, schedule.Stats.IdleSlots);
    }

    [Fact]
    public void Solve_WhenSlotsSpanTwoDays_CountsIdleSlotsPerDay()
    {
        // a's meetings are on two days; the overnight gap is not idle time.
        var instance = new InstanceBuilder().Slots(2, 1).Slots(2, 2).Table("A")
            .Person("a").Person("b", unavailable: ["d1-0925", "d2-0900", "d2-0925"]).Person("c", unavailable: ["d1-0900", "d1-0925", "d2-0900"])
            .Meeting("ab", ["a", "b"]).Meeting("ac", ["a", "c"])
            .Build();

        var schedule = Solve.Checked(instance);

        Assert.Equal(2, schedule.Stats.ScheduledWeight);
        Assert.Equal(0, schedule.Stats.IdleSlots);
    }

    [Fact]
    public void Solve_WhenGreedyOnly_ReturnsValidScheduleWithoutSearch()
    {
        var instance = RandomInstances.Create(seed: 7, people: 12, meetings: 30, days: 1, slotsPerDay: 6, tables: 4);
        var scheduler = new MeetingScheduler(new SchedulerOptions { GreedyOnly = true, LinearRelaxationBound = false });

        var schedule = scheduler.Solve(instance);

        Solve.AssertValid(instance, schedule);
        Assert.Equal(schedule.Stats.GreedyWeight, schedule.Stats.ScheduledWeight);
    }

    [Fact]
    public async Task SolveAsync_WhenCalled_ReturnsTheSameOptimum()
    {
        var instance = new InstanceBuilder().Slots(2).Table("A").Table("B")
            .Person("a").Person("b").Person("c")
            .Meeting("ab", ["a", "b"], 3).Meeting("bc", ["b", "c"], 2).Meeting("ac", ["a", "c"], 1)
            .Build();

        var schedule = await new MeetingScheduler().SolveAsync(instance, cancellationToken: CancellationToken.None);

        Solve.AssertValid(instance, schedule);
        Assert.Equal(5, schedule.Stats.ScheduledWeight);
    }
}
