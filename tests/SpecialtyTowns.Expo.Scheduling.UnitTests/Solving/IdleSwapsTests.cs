using SpecialtyTowns.Expo.Scheduling.Solving;
using SpecialtyTowns.Expo.Scheduling.UnitTests.TestData;
using SpecialtyTowns.Expo.Scheduling.Validation;
using Xunit;

namespace SpecialtyTowns.Expo.Scheduling.UnitTests.Solving;

public sealed class IdleSwapsTests
{
    [Fact]
    public void ImproveIdle_WhenEverySlotsOnlyTableIsTaken_SwapsTwoMeetingsToCloseTheGap()
    {
        var (instance, problem, occupancy) = OneTableWithAGap();

        var idleBefore = occupancy.IdleSlots();

        new LocalImprover(problem, occupancy, seed: 1, movable: (_, _) => true).ImproveIdle(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(1, idleBefore);
        Assert.Equal(0, occupancy.IdleSlots());
        Assert.Equal(3, occupancy.Weight());
        Solve.AssertValid(instance, OccupancySchedule.From(problem, occupancy));
    }

    [Fact]
    public void ImproveIdle_WhenTheMeetingMayNotMove_LeavesTheGap()
    {
        var (_, problem, occupancy) = OneTableWithAGap();

        new LocalImprover(problem, occupancy, seed: 1, movable: (_, _) => false).ImproveIdle(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(1, occupancy.IdleSlots());
    }

    /// <summary>One table, so no meeting can move to a free slot; a has a-b first and a-e last with c-d between them.</summary>
    private static (Model.Instance Instance, Problem Problem, Occupancy Occupancy) OneTableWithAGap()
    {
        var instance = new InstanceBuilder().Slots(3).Table("T1")
            .Person("a").Person("b").Person("c").Person("d").Person("e")
            .Meeting("a-b", ["a", "b"]).Meeting("c-d", ["c", "d"]).Meeting("a-e", ["a", "e"])
            .Build();
        var problem = InstanceValidator.Compile(instance);
        var occupancy = new Occupancy(problem);
        for (var m = 0; m < 3; m++)
        {
            Assert.True(occupancy.TryPlace(m, m));
        }

        return (instance, problem, occupancy);
    }
}
