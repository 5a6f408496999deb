using SpecialtyTowns.Expo.Scheduling.Model;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

public sealed class IncrementalTests
{
    private static readonly Instance Base = RandomInstances.Create(41, people: 16, meetings: 40, days: 1, slotsPerDay: 5, tables: 4);

    [Fact]
    public void Solve_WhenNothingChanged_MovesNoMeeting()
    {
        var previous = Solve.Checked(Base, seconds: 3);

        var schedule = Solve.Checked(Base, previous, seconds: 3);

        Assert.NotNull(schedule.Changes);
        Assert.Empty(schedule.Changes);
        Assert.Equal(previous.Stats.ScheduledWeight, schedule.Stats.ScheduledWeight);
    }

    [Fact]
    public void Solve_WhenMeetingIsCancelled_ReportsItRemoved()
    {
        var previous = Solve.Checked(Base, seconds: 3);
        var cancelled = previous.Assignments[0].Meeting;
        var changed = Base with { Meetings = [.. Base.Meetings.Where(m => m.Id != cancelled)] };

        var schedule = Solve.Checked(changed, previous, seconds: 3);

        var change = Assert.Single(schedule.Changes!, c => c.Meeting == cancelled);
        Assert.Equal(ChangeKinds.Removed, change.Change);
        AssertEveryLostPlaceReported(previous, schedule);
    }

    [Fact]
    public void Solve_WhenSlotAndTableAreRemoved_ReportsEveryMovedOrDroppedMeeting()
    {
        var previous = Solve.Checked(Base, seconds: 3);
        var removedSlot = Base.Slots[2].Id;
        var removedTable = Base.Tables[0].Id;
        var changed = Base with
        {
            Slots = [.. Base.Slots.Where(s => s.Id != removedSlot)],
            Tables = [.. Base.Tables.Where(t => t.Id != removedTable)],
            Participants = [.. Base.Participants.Select(p => p with { Unavailable = [.. p.Unavailable.Where(u => u != removedSlot)] })],
            Meetings = [.. Base.Meetings.Select(m => m.Fixed is { } f && (f.Slot == removedSlot || f.Table == removedTable) ? m with { Fixed = null } : m)],
        };

        var schedule = Solve.Checked(changed, previous, seconds: 3);

        AssertEveryLostPlaceReported(previous, schedule);
        Assert.Contains(schedule.Changes!, c => c.Reason.Contains($"slot {removedSlot} no longer exists", StringComparison.Ordinal));
        Assert.All(schedule.Changes!, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Fact]
    public void Solve_WhenPartyBecomesUnavailableAndMeetingsArrive_KeepsFixedMeetingsAndReportsChanges()
    {
        var previous = Solve.Checked(Base, seconds: 3);
        var moved = previous.Assignments.First(a => Base.Meetings.Single(m => m.Id == a.Meeting).Fixed is null);
        var party = Base.Meetings.Single(m => m.Id == moved.Meeting).Parties[0];
        var pinned = previous.Assignments.Last(a => a.Interpreter is null && a.Meeting != moved.Meeting);
        var changed = Base with
        {
            Participants = [.. Base.Participants.Select(p => p.Id == party ? p with { Unavailable = [.. p.Unavailable, moved.Slot] } : p)],
            Meetings =
            [
                .. Base.Meetings.Select(m => m.Id == pinned.Meeting ? m with { Fixed = InstanceBuilder.At(pinned.Slot, pinned.Table) } : m),
                new Meeting { Id = "new-1", Parties = ["p000", "p001"], Weight = 4 },
                new Meeting { Id = "new-2", Parties = ["p002", "p003", "p004"], Weight = 2 },
            ],
        };

        var schedule = Solve.Checked(changed, previous, seconds: 3);

        var change = Assert.Single(schedule.Changes!, c => c.Meeting == moved.Meeting);
        Assert.Contains($"{party} now unavailable in {moved.Slot}", change.Reason, StringComparison.Ordinal);
        Assert.Equal((pinned.Slot, pinned.Table), (Solve.Placed(schedule, pinned.Meeting).Slot, Solve.Placed(schedule, pinned.Meeting).Table));
        AssertEveryLostPlaceReported(previous, schedule);
    }

    [Fact]
    public void Solve_WhenMaxMeetingsShrinks_ReportsDroppedMeetingWithLimit()
    {
        var instance = new InstanceBuilder().Slots(3).Table("A").Table("B")
            .Person("inv").Person("t1").Person("t2").Person("t3")
            .Meeting("m1", ["inv", "t1"], 3).Meeting("m2", ["inv", "t2"], 2).Meeting("m3", ["inv", "t3"], 1)
            .Build();
        var previous = Solve.Checked(instance, seconds: 3);
        var changed = instance with { Participants = [.. instance.Participants.Select(p => p.Id == "inv" ? p with { MaxMeetings = 2 } : p)] };

        var schedule = Solve.Checked(changed, previous, seconds: 3);

        var dropped = Assert.Single(schedule.Changes!);
        Assert.Equal(("m3", ChangeKinds.Dropped), (dropped.Meeting, dropped.Change));
        Assert.Contains("inv reached maxMeetings (2)", dropped.Reason, StringComparison.Ordinal);
        Assert.Equal(previous.Assignments.Where(a => a.Meeting != "m3"), schedule.Assignments.Where(a => a.Meeting != "m3"));
    }

    [Fact]
    public void Solve_WhenTableIsRemoved_MovesOnlyItsMeetingToTheFreeTable()
    {
        var instance = new InstanceBuilder().Slots(1).Table("A", 2).Table("B", 4).Table("C", 4).Table("D", 4)
            .Person("a").Person("b").Person("c").Person("d").Person("e").Person("f")
            .Meeting("m1", ["a", "b"]).Meeting("m2", ["c", "d"]).Meeting("m3", ["e", "f"])
            .Build();
        var previous = new Schedule
        {
            Assignments =
            [
                new Assignment { Meeting = "m1", Slot = "d1-0900", Table = "A" },
                new Assignment { Meeting = "m2", Slot = "d1-0900", Table = "B" },
                new Assignment { Meeting = "m3", Slot = "d1-0900", Table = "C" },
            ],
        };
        var changed = instance with { Tables = [.. instance.Tables.Where(t => t.Id != "A")] };

        var schedule = Solve.Checked(changed, previous, seconds: 3);

        var change = Assert.Single(schedule.Changes!);
        Assert.Equal(("m1", ChangeKinds.Moved, "D"), (change.Meeting, change.Change, change.To!.Table));
        Assert.Equal("table A no longer exists", change.Reason);
    }

    /// <summary>Every meeting placed before is either at the same slot and table now, or in the changes with a reason.</summary>
    private static void AssertEveryLostPlaceReported(Schedule previous, Schedule current)
    {
        var now = current.Assignments.ToDictionary(a => a.Meeting);
        var reported = current.Changes!.ToDictionary(c => c.Meeting);
        foreach (var before in previous.Assignments)
        {
            var same = now.TryGetValue(before.Meeting, out var after) && after.Slot == before.Slot && after.Table == before.Table;
            Assert.True(same || reported.ContainsKey(before.Meeting), $"{before.Meeting} lost its place silently");
            Assert.False(same && reported.ContainsKey(before.Meeting), $"{before.Meeting} reported although unchanged");
        }

        Assert.Equal(reported.Values.Count(c => c.Change == ChangeKinds.Moved), current.Stats.Moved);
    }
}
